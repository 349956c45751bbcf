package knowledge

// What reads, drains, wraps or decodes a response body.

// BodyReadAll read a reader to its end and return the bytes: the uses
// of the bytes decide whether the body was taken as data.
var BodyReadAll = NewTable(
	Row{Pkg: "io", Names: []string{"ReadAll"}, Why: "returns the bytes read"},
	Row{Pkg: "io/ioutil", Names: []string{"ReadAll"}, Why: "deprecated alias of io.ReadAll"},
)

// BodyReadInto read a reader into a buffer they are given.
var BodyReadInto = NewTable(
	Row{Pkg: "io", Names: []string{"ReadFull", "ReadAtLeast"}, Why: "fills the buffer argument"},
)

// BodyCopies copy a reader into a writer: a read as data, unless the
// writer is io.Discard (a drain).
var BodyCopies = NewTable(
	Row{Pkg: "io", Names: []string{"Copy", "CopyN", "CopyBuffer"}, Why: "reads the source into the destination"},
)

// BodyWrappers return a reader over the one they are given and read
// nothing themselves; closing is still the original body's job.
var BodyWrappers = NewTable(
	Row{Pkg: "io", Names: []string{"LimitReader", "TeeReader", "MultiReader", "NopCloser"}, Why: "reads through to the wrapped reader"},
	Row{Pkg: "io/ioutil", Names: []string{"NopCloser"}, Why: "deprecated alias of io.NopCloser"},
)

// BodyDecoders return a decoder or scanner whose reads take the body as
// data.
var BodyDecoders = NewTable(
	Row{Pkg: "bufio", Names: []string{"NewReader", "NewReaderSize", "NewScanner"}, Why: "buffers the body for line or token reads"},
	Row{Pkg: "encoding/json", Names: []string{"NewDecoder"}, Why: "decodes the body"},
	Row{Pkg: "encoding/xml", Names: []string{"NewDecoder"}, Why: "decodes the body"},
	Row{Pkg: "encoding/csv", Names: []string{"NewReader"}, Why: "decodes the body"},
	Row{Pkg: "encoding/gob", Names: []string{"NewDecoder"}, Why: "decodes the body"},
	Row{Pkg: "compress/gzip", Names: []string{"NewReader"}, Why: "decompresses the body (reads its header at once)"},
	Row{Pkg: "compress/zlib", Names: []string{"NewReader"}, Why: "decompresses the body (reads its header at once)"},
	Row{Pkg: "compress/flate", Names: []string{"NewReader"}, Why: "decompresses the body"},
	Row{Pkg: "mime/multipart", Names: []string{"NewReader"}, Why: "splits the body into parts"},
	Row{Pkg: "golang.org/x/net/html", Names: []string{"NewTokenizer"}, Why: "tokenizes the body as HTML"},
)

// ResponseDumps read the whole response, body included, and put the
// body back: they neither close it nor consume it.
var ResponseDumps = NewTable(
	Row{Pkg: "net/http/httputil", Names: []string{"DumpResponse"}, Why: "reads the body into memory and replaces it with a reader over the copy"},
)

// BodyValueDecoders return a decoder of values: one Decode reads one
// value, as a read of the whole body does; Decode in a loop, or the
// decoder's stream methods (StreamMethods), read a stream of values, such
// as newline-delimited JSON.
var BodyValueDecoders = NewTable(
	Row{Pkg: "encoding/json", Names: []string{"NewDecoder"}, Why: "Decode reads one JSON value"},
	Row{Pkg: "encoding/xml", Names: []string{"NewDecoder"}, Why: "Decode reads one element"},
	Row{Pkg: "encoding/gob", Names: []string{"NewDecoder"}, Why: "Decode reads one value"},
)

// DecoderStreamMethods read a decoder's input piece by piece: a decoder
// they are called on reads a stream, not one value.
var DecoderStreamMethods = NewTable(
	Row{Pkg: "encoding/json", Recv: "Decoder", Names: []string{"More", "Token", "Buffered"}, Why: "token and multi-value reads of a JSON stream"},
	Row{Pkg: "encoding/xml", Recv: "Decoder", Names: []string{"Token", "RawToken"}, Why: "token reads of an XML stream"},
)

// MemoryWriters keep in memory what is written to them: a body copied
// into one is read whole as data, like io.ReadAll, not transferred.
var MemoryWriters = []Type{{"bytes", "Buffer"}, {"strings", "Builder"}}

// Discard is io.Discard: a body copied to it is drained.
var Discard = []Type{{"io", "Discard"}, {"io/ioutil", "Discard"}}
