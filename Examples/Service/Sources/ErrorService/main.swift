import ErrorServiceApp

// swift run ErrorService, then: curl -i localhost:8080/limited
try await ErrorServiceApp.application().runService()
