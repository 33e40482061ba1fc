/// Which text of an entry: its title, its meaning, or its remedy (one of its steps when the
/// remedy is written as steps). ``tableIndex`` is the number the generated tables and the runtime
/// give the same text.
public enum EntryText: Hashable, Sendable {
    /// The title.
    case title
    /// The meaning.
    case meaning
    /// The remedy: the whole of it, or the step at `step` (0-based) of a remedy written as steps.
    case remedy(step: Int?)

    /// 0 the title, 1 the meaning, 2 the remedy as one text, 3… its steps.
    public var tableIndex: Int {
        switch self {
        case .title: 0
        case .meaning: 1
        case .remedy(nil): 2
        case .remedy(let step?): 3 + step
        }
    }

    /// This text of `messages`, when they have it.
    public func message(in messages: EntryMessages) -> Message? {
        switch self {
        case .title: messages.title
        case .meaning: messages.meaning
        case .remedy(nil): messages.remedyIsSteps ? nil : messages.remedy.first
        case .remedy(let step?): messages.remedyIsSteps && step < messages.remedy.count ? messages.remedy[step] : nil
        }
    }
}
