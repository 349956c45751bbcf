package knowledge

// What bounds a request: the contexts that carry a deadline, and those
// that carry none.

// Context is context.Context.
var Context = Type{"context", "Context"}

// ContextDeadlines return a context with a deadline.
var ContextDeadlines = NewTable(
	Row{Pkg: "context", Names: []string{"WithTimeout", "WithDeadline", "WithTimeoutCause", "WithDeadlineCause"},
		Why: "the child context is done at the deadline"},
)

// ContextDerivations return a child of their first argument that keeps
// its deadline, or its lack of one.
var ContextDerivations = NewTable(
	Row{Pkg: "context", Names: []string{"WithCancel", "WithCancelCause", "WithValue"},
		Why: "a child context inherits its parent's deadline"},
)

// BareContexts return a context with no deadline, whatever they are
// given.
var BareContexts = NewTable(
	Row{Pkg: "context", Names: []string{"Background", "TODO"}, Why: "the root contexts: never done"},
	Row{Pkg: "context", Names: []string{"WithoutCancel"}, Why: "drops the parent's deadline and cancellation"},
)
