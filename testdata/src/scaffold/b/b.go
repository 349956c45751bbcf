// Package b imports no HTTP package: the rule does not run.
package b

func f() {
	println("x")
}
