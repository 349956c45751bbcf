package main

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/token"
	"os"
	"slices"
	"strings"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// A finding is one diagnostic of one rule, once: a file analyzed in a
// package and again in its test variant gives the same diagnostic twice.
type finding struct {
	rule     string
	posn     token.Position // adjusted for //line directives
	end      token.Position
	message  string
	diag     analysis.Diagnostic
	pkg      *packages.Package // the first package that reported it
	file     *ast.File         // the syntax holding diag.Pos, if any
	function string            // the enclosing function: Recv.Method, Func, or "" at package level

	// The baseline key (see baseline.go).
	keyFile string // module path + module-relative file
	keyLine string // hash of the finding's line, whitespace collapsed
	keyN    int    // occurrence among findings with the same key
}

// collect gathers the root diagnostics of the graph, deduplicated and
// sorted by file, line, column and rule.
func collect(graph *checker.Graph) []*finding {
	if graph == nil {
		return nil
	}
	type key struct {
		rule, message string
		posn, end     token.Position
	}
	seen := make(map[key]bool)
	var out []*finding
	for _, act := range graph.Roots {
		if act.Err != nil {
			continue
		}
		fset := act.Package.Fset
		for _, d := range act.Diagnostics {
			posn := fset.Position(d.Pos)
			end := posn
			if d.End.IsValid() {
				end = fset.Position(d.End)
			}
			k := key{act.Analyzer.Name, d.Message, posn, end}
			if seen[k] {
				continue
			}
			seen[k] = true
			f := &finding{rule: act.Analyzer.Name, posn: posn, end: end, message: d.Message, diag: d, pkg: act.Package}
			f.file = fileOf(act.Package, d.Pos)
			f.function = enclosingFunc(f.file, d.Pos)
			out = append(out, f)
		}
	}
	slices.SortFunc(out, compareFindings)
	return out
}

func compareFindings(a, b *finding) int {
	return cmp.Or(
		strings.Compare(a.posn.Filename, b.posn.Filename),
		cmp.Compare(a.posn.Line, b.posn.Line),
		cmp.Compare(a.posn.Column, b.posn.Column),
		strings.Compare(a.rule, b.rule),
		strings.Compare(a.message, b.message),
	)
}

// fileOf returns the file of pkg's syntax that holds pos.
func fileOf(pkg *packages.Package, pos token.Pos) *ast.File {
	for _, f := range pkg.Syntax {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// enclosingFunc names the function declaration around pos: "Recv.Method"
// for a method (without * or type parameters), "Func" for a function, ""
// at package level. Function literals belong to their declaration.
func enclosingFunc(file *ast.File, pos token.Pos) string {
	if file == nil {
		return ""
	}
	for _, decl := range file.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok || pos < fd.Pos() || pos >= fd.End() {
			continue
		}
		if fd.Recv == nil || len(fd.Recv.List) == 0 {
			return fd.Name.Name
		}
		return recvName(fd.Recv.List[0].Type) + "." + fd.Name.Name
	}
	return ""
}

func recvName(t ast.Expr) string {
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.ParenExpr:
			t = x.X
		case *ast.IndexExpr:
			t = x.X
		case *ast.IndexListExpr:
			t = x.X
		case *ast.Ident:
			return x.Name
		default:
			return "?"
		}
	}
}

// sources caches the files that findings are in, by name.
var sources = struct {
	sync.Mutex
	files map[string][]byte
}{files: make(map[string][]byte)}

func readSource(name string) []byte {
	sources.Lock()
	defer sources.Unlock()
	data, ok := sources.files[name]
	if !ok {
		data, _ = os.ReadFile(name)
		sources.files[name] = data
	}
	return data
}

// sourceLine returns line n (1-based) of the file, without its line end.
func sourceLine(name string, n int) (string, bool) {
	lines := strings.Split(string(readSource(name)), "\n")
	if n < 1 || n > len(lines) {
		return "", false
	}
	return strings.TrimSuffix(lines[n-1], "\r"), true
}

// A redactor hides secrets wherever the driver prints source text or a
// message: the secrets rule's diagnostics span the literal that holds
// the secret, and every line of that span longer than 4 characters is
// printed as its first 4 characters and "…", as the rule's messages do.
type redactor struct {
	secrets []string // longest first
}

func newRedactor(findings []*finding) *redactor {
	r := &redactor{}
	for _, f := range findings {
		if f.rule != "secrets" {
			continue
		}
		tf := f.pkg.Fset.File(f.diag.Pos)
		if tf == nil || !f.diag.End.IsValid() {
			continue
		}
		src := readSource(tf.Name())
		start, end := tf.Offset(f.diag.Pos), tf.Offset(f.diag.End)
		if start < 0 || end > len(src) || start >= end {
			continue
		}
		for _, line := range strings.Split(string(src[start:end]), "\n") {
			line = strings.Trim(line, " \t\r\"`+,")
			if len([]rune(line)) > 4 {
				r.secrets = append(r.secrets, line)
			}
		}
	}
	slices.SortFunc(r.secrets, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	r.secrets = slices.Compact(r.secrets)
	return r
}

// redact replaces every secret in s by its first 4 characters and "…".
func (r *redactor) redact(s string) string {
	for _, secret := range r.secrets {
		if strings.Contains(s, secret) {
			s = strings.ReplaceAll(s, secret, string([]rune(secret)[:4])+"…")
		}
	}
	return s
}

// summary prints one line on stderr: findings per rule and packages
// checked.
func (d *driver) summary(findings []*finding, roots []*packages.Package) {
	pkgs := make(map[string]bool)
	for _, p := range roots {
		pkgs[p.PkgPath] = true
	}
	checked := plural(len(pkgs), "package") + " checked"
	if len(findings) == 0 {
		fmt.Fprintf(d.stderr, "httpvet: no findings; %s\n", checked)
		return
	}
	perRule := make(map[string]int)
	for _, f := range findings {
		perRule[f.rule]++
	}
	var parts []string
	for _, rule := range slicesSorted(perRule) {
		parts = append(parts, fmt.Sprintf("%s %d", rule, perRule[rule]))
	}
	line := fmt.Sprintf("%s (%s); %s", plural(len(findings), "finding"), strings.Join(parts, ", "), checked)
	if d.color {
		line = "\x1b[1m" + line + "\x1b[0m"
	}
	fmt.Fprintf(d.stderr, "httpvet: %s\n", line)
}

func slicesSorted[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
