// Package knowledge is what httpvet knows about HTTP clients in Go, as
// data: which functions send a request, build one, return a response the
// caller owns, read, wrap or decode a body, never return, and which types
// are clients, transports and TLS configurations. Every rule asks these
// tables and predicates; none keeps a list of its own. Each row says why
// it is there, so that a reader can check it against the library's
// documentation, and teaching httpvet another client library is adding
// rows.
//
// Objects are matched through go/types (package path, receiver type and
// name), never by the text of the source: an aliased import matches, and
// a look-alike in another package does not.
package knowledge

import (
	"go/types"

	"github.com/httpvet/httpvet/analyzers/internal/match"
)

// A Row is one entry of a Table: functions of package Pkg, or methods of
// its type Recv, named Names.
type Row struct {
	Pkg   string
	Recv  string // "" for package-level functions
	Names []string
	Why   string
}

// A Table is a set of functions and methods with the reason for each,
// indexed for lookup by object.
type Table struct {
	rows  []Row
	index map[key]*Row
}

type key struct{ pkg, recv, name string }

// NewTable indexes rows. A function listed twice is a bug in the table.
func NewTable(rows ...Row) *Table {
	t := &Table{rows: rows, index: make(map[key]*Row)}
	for i := range t.rows {
		r := &t.rows[i]
		for _, name := range r.Names {
			k := key{r.Pkg, r.Recv, name}
			if t.index[k] != nil {
				panic("knowledge: " + r.Pkg + "." + r.Recv + "." + name + " listed twice")
			}
			t.index[k] = r
		}
	}
	return t
}

// Lookup returns the row that lists fn, or nil. A method promoted
// through embedding is its embedded type's method, so it matches that
// type's row; a method of an instantiated generic type matches its
// origin's.
func (t *Table) Lookup(fn *types.Func) *Row {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	sig, ok := fn.Type().(*types.Signature)
	if !ok {
		return nil
	}
	recv := ""
	if sig.Recv() != nil {
		recv = typeName(sig.Recv().Type())
		if recv == "" {
			return nil // a method of an unnamed interface
		}
	}
	return t.index[key{fn.Pkg().Path(), recv, fn.Name()}]
}

// Has reports whether the table lists fn.
func (t *Table) Has(fn *types.Func) bool { return t.Lookup(fn) != nil }

// Rows returns the table's rows, for documentation and tests.
func (t *Table) Rows() []Row { return t.rows }

// typeName returns the name of t's named type, after one pointer.
func typeName(t types.Type) string {
	t = types.Unalias(t)
	if p, ok := t.(*types.Pointer); ok {
		t = types.Unalias(p.Elem())
	}
	if n, ok := t.(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

// A Type names a type of a package.
type Type struct{ Pkg, Name string }

// Is reports whether t, after aliases and one pointer, is this type.
func (x Type) Is(t types.Type) bool { return match.IsType(t, x.Pkg, x.Name) }

// IsValue reports whether t is this type itself, not a pointer to it.
func (x Type) IsValue(t types.Type) bool { return match.IsValueOf(t, x.Pkg, x.Name) }

// IsPointer reports whether t is a pointer to this type.
func (x Type) IsPointer(t types.Type) bool { return match.IsPointerTo(t, x.Pkg, x.Name) }

// IsField reports whether obj is the field name of this struct type;
// owner is the type the field is selected from (nil: unknown).
func (x Type) IsField(obj types.Object, owner types.Type, name string) bool {
	return match.IsField(obj, owner, x.Pkg, x.Name, name)
}

// IsVar reports whether obj is the package-level variable Pkg.Name
// (http.DefaultClient): given as a Type, since both are a package path
// and a name.
func (x Type) IsVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && !v.IsField() && v.Name() == x.Name && v.Pkg() != nil && v.Pkg().Path() == x.Pkg
}
