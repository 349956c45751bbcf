package a

import (
	"fmt"
	"net/http"
)

type T struct {
	f int
	p *T
	s []int
}

func (t *T) M(int) {}

func value() *T { return nil }

func two() (*T, error) { return nil, nil }

func sink(...any) {}

func uses(ch chan *T, m map[*T]int, fn func(*T)) *T {
	v := &T{}             // want "target from &T{}"
	sink(v)               // want "arg 0 of sink"
	fmt.Println(1, v)     // want "arg 1 of Println"
	fn(v)                 // want "arg 0 of a function value"
	_ = any(v)            // want "conversion"
	_ = append([]*T{}, v) // want "builtin arg 1 of append"
	v.M(1)                // want "receiver M"
	go v.M(2)             // want "receiver M in go"
	defer v.M(3)          // want "receiver M in defer"
	_ = v.M               // want "method value M"
	(v.M)(4)              // want "method value M"
	_ = v.f               // want "field f"
	v.f = 1               // want "field f written"
	v.p.f++               // want "field p written"
	_ = &v.s[0]           // want "field s written"
	_ = v.s[0]            // want "field s"
	w := v                // want "assigned to w"
	var x, y = v, w       // want "assigned to x"
	_, _ = x, y
	(v) = w                     // want "target from w \\(paren\\)"
	ch <- v                     // want "sent"
	_ = &v                      // want "address taken"
	_ = *v                      // want "deref"
	_ = v == nil                // want "binary =="
	_ = T{p: v}                 // want "elem p"
	_ = []*T{v}                 // want "elem"
	_ = m[v]                    // want "index key"
	_ = []*T{}[0]               // no v
	_ = any(v).(*T)             // want "conversion"
	v, _ = two()                // want "target from two\\(\\) \\(tuple\\)"
	_ = map[*T]int{v: 1}        // want "elem key"
	if v := value(); v != nil { // want "call: assigned to v" "target from value\\(\\)" "binary !="
	}
	switch v { // want "switch tag"
	}
	for _, v := range []int{} { // want "range var from \\[\\]int{}"
		_ = []int{1}[v:] // want "other"
	}
	var v2 T
	for v2.f = range 3 {
	}
	value().M(1) // want "call: receiver M"
	value()      // want "call: expr stmt"
	return v     // want "returned"
}

func params(v *T) { // want "param"
	var w http.Header
	_ = w
	(func(*T))(nil)(v)   // want "arg 0 of a function value"
	v.s = append(v.s, 1) // want "field s written" "field s"
}
