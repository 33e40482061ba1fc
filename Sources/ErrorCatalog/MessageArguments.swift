/// The arguments of one occurrence of an error: parameter names and their values, in order.
///
/// ```swift
/// let error = IntegrationHubError.quotaExceeded(limit: 1000, used: 1042)
/// error.arguments["used"]  // .integer(1042)
/// ```
///
/// A name given twice keeps its first value.
public struct MessageArguments: Sendable, Hashable, Codable, RandomAccessCollection, ExpressibleByDictionaryLiteral {
    /// One parameter's value.
    public struct Argument: Sendable, Hashable {
        /// The parameter's name.
        public var name: String
        /// Its value.
        public var value: MessageArgument

        /// The argument `name: value`.
        public init(_ name: String, _ value: MessageArgument) {
            self.name = name
            self.value = value
        }
    }

    /// The arguments in order.
    public private(set) var elements: [Argument]

    /// No arguments.
    public init() { elements = [] }

    /// The arguments `elements`, in their order; a later repeat of a name is dropped.
    public init(_ elements: [Argument]) {
        var unique = true
        for (position, element) in elements.enumerated() where unique {
            unique = !elements[..<position].contains { $0.name == element.name }
        }
        guard !unique else {
            self.elements = elements
            return
        }
        self.elements = []
        for element in elements where self[element.name] == nil { self.elements.append(element) }
    }

    /// The arguments of a literal, in its order.
    public init(dictionaryLiteral elements: (String, MessageArgument)...) {
        self.init(elements.map { Argument($0.0, $0.1) })
    }

    /// The value of parameter `name`, if given. Setting `nil` removes it.
    public subscript(name: String) -> MessageArgument? {
        get { elements.first { $0.name == name }?.value }
        set {
            let position = elements.firstIndex { $0.name == name }
            switch (position, newValue) {
            case (let position?, let value?): elements[position].value = value
            case (let position?, nil): elements.remove(at: position)
            case (nil, let value?): elements.append(Argument(name, value))
            case (nil, nil): break
            }
        }
    }

    /// The value of the parameter at `position` of an entry's parameters, named `name`:
    /// a case's arguments come in that order, so this is one comparison for them.
    @usableFromInline
    func value(at position: Int, named name: UnsafeRawBufferPointer) -> MessageArgument? {
        if position < elements.count, Self.equal(elements[position].name, name) { return elements[position].value }
        return elements.first { Self.equal($0.name, name) }?.value
    }

    /// The integer argument `name`, the entry's parameter at `position`. Not for direct use:
    /// generated code reads a case's associated values with it.
    @inlinable
    public func _integer(_ name: StaticString, at position: Int) -> Int? {
        guard case .integer(let value)? = _value(name, at: position) else { return nil }
        return value
    }

    /// The number argument `name` (an integer reads as one). Not for direct use.
    @inlinable
    public func _number(_ name: StaticString, at position: Int) -> Double? {
        switch _value(name, at: position) {
        case .number(let value)?: value
        case .integer(let value)?: Double(value)
        default: nil
        }
    }

    /// The money argument `name`. Not for direct use.
    @inlinable
    public func _money(_ name: StaticString, at position: Int) -> Money? {
        guard case .money(let value)? = _value(name, at: position) else { return nil }
        return value
    }

    /// The timestamp argument `name`: a timestamp, or the RFC 3339 text of one (as a problem
    /// body carries it). Not for direct use.
    @inlinable
    public func _timestamp(_ name: StaticString, at position: Int) -> Timestamp? {
        switch _value(name, at: position) {
        case .timestamp(let value)?: value
        case .string(let text)?: Timestamp(rfc3339: text)
        default: nil
        }
    }

    /// The string argument `name`. Not for direct use.
    @inlinable
    public func _string(_ name: StaticString, at position: Int) -> String? {
        guard case .string(let value)? = _value(name, at: position) else { return nil }
        return value
    }

    /// Whether the argument at `position` is named `name`. Not for direct use: a generated shape
    /// function hands on arguments already in its parameters' order as they are, and others rebuilt
    /// in that order, for the readers below.
    public func _isNamed(_ name: StaticString, at position: Int) -> Bool {
        position < elements.count
            && Self.equal(
                elements[position].name, UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    /// The integer at `position` of arguments a generated shape function checked and ordered. Not
    /// for direct use: generated code makes a case from them with these five.
    @inlinable
    public func _integerValue(at position: Int) -> Int {
        guard case .integer(let value) = elements[position].value else { preconditionFailure("not an integer") }
        return value
    }

    /// The number at `position` of checked and ordered arguments (an integer reads as one). Not for
    /// direct use.
    @inlinable
    public func _numberValue(at position: Int) -> Double {
        guard let value = elements[position].value.numericValue else { preconditionFailure("not a number") }
        return value
    }

    /// The money at `position` of checked and ordered arguments. Not for direct use.
    @inlinable
    public func _moneyValue(at position: Int) -> Money {
        guard case .money(let value) = elements[position].value else { preconditionFailure("not money") }
        return value
    }

    /// The timestamp at `position` of checked and ordered arguments (or its RFC 3339 text). Not for
    /// direct use.
    @inlinable
    public func _timestampValue(at position: Int) -> Timestamp {
        switch elements[position].value {
        case .timestamp(let value): return value
        case .string(let text): if let value = Timestamp(rfc3339: text) { return value }
        default: break
        }
        preconditionFailure("not a timestamp")
    }

    /// The string at `position` of checked and ordered arguments. Not for direct use.
    @inlinable
    public func _stringValue(at position: Int) -> String {
        guard case .string(let value) = elements[position].value else { preconditionFailure("not a string") }
        return value
    }

    @usableFromInline
    func _value(_ name: StaticString, at position: Int) -> MessageArgument? {
        value(at: position, named: UnsafeRawBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    static func equal(_ string: String, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let utf8 = string.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { $0.elementsEqual(bytes) } ?? utf8.elementsEqual(bytes)
    }

    public var startIndex: Int { elements.startIndex }
    public var endIndex: Int { elements.endIndex }
    public subscript(position: Int) -> Argument { elements[position] }

    /// A member name of the JSON object.
    struct MemberName: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Decodes a JSON object of strings and numbers, sorted by name (a decoder does not say
    /// in what order an object's members came, and the problem bodies servers send sort them).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: MemberName.self)
        let keys = container.allKeys.sorted { $0.stringValue < $1.stringValue }
        self.init(try keys.map { Argument($0.stringValue, try container.decode(MessageArgument.self, forKey: $0)) })
    }

    /// Encodes a JSON object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: MemberName.self)
        for element in elements { try container.encode(element.value, forKey: MemberName(stringValue: element.name)) }
    }
}
