package a

func g() {
	println("in a test file: skipped unless -tests")
}
