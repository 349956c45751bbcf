package b

import "unsafe"

type T struct{ f int }

func value() *T { return nil }

func calls() {
	go value()           // want "call: go or defer in go"
	defer value()        // want "call: go or defer in defer"
	var v T              // want "declared"
	_ = unsafe.Sizeof(v) // want "builtin arg 0 of Sizeof"
}
