// Package docs extracts an analyzer's documentation from its doc.go, so
// that the package comment is the one source for `httpvet help RULE`,
// the README and SARIF rule descriptions.
package docs

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the "# Analyzer name" section of the package comment in
// the Go source content: its first line is the one-line summary, the rest
// the explanation. It panics on a malformed doc.go, which is a bug caught
// by every test of the analyzer.
func Extract(content, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		panic(err)
	}
	if f.Doc == nil {
		panic("doc.go has no package comment")
	}
	text := docText(f.Doc)
	heading := "# Analyzer " + name
	i := strings.Index(text, heading)
	if i < 0 {
		panic(fmt.Sprintf("doc.go has no %q section", heading))
	}
	text = text[i+len(heading):]
	if j := strings.Index(text, "\n# "); j >= 0 {
		text = text[:j]
	}
	text = strings.TrimSpace(text)
	// The first line is "name: summary"; the analysis framework wants the
	// summary alone as the first paragraph.
	text = strings.TrimPrefix(text, name+": ")
	return text
}

// docText is ast.CommentGroup.Text, except that it keeps the leading tab
// of indented (code) lines, which the help output should show as code.
func docText(g *ast.CommentGroup) string {
	var b strings.Builder
	for _, c := range g.List {
		line := strings.TrimPrefix(c.Text, "//")
		line = strings.TrimPrefix(line, " ")
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.String()
}
