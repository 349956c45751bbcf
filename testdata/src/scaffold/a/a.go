package a

import "net/http"

var _ = http.MethodGet

func f() {
	println("x") // want `call of println`
	//httpvet:ignore demo -- silenced on purpose
	println("y")
	println("z") //httpvet:ignore other -- another rule's directive // want `call of println`
}
