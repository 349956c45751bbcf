package a

import (
	"log"
	"net/http"
	"os"
)

var vGlobal http.Client // want "vGlobal def"

func init() { // want "func init func\\(\\)"
	vGlobal.Timeout = 1 // want "vGlobal read"
}

func send(vReq *http.Request) (*http.Response, error) { // want "func send func\\(vReq \\*net/http.Request\\) \\(\\*net/http.Response, error\\)" "vReq def"
	return vGlobal.Do(vReq) // want "vGlobal read" "vReq read" "send Do"
}

func flow(n int) { // want "func flow func\\(n int\\)"
	vLocal := 0            // want "vLocal def"
	vLocal = n             // want "vLocal write"
	vLocal++               // want "vLocal read"
	for vLocal = range 3 { // want "vLocal write"
	}
	f := func() int { // want "func literal func\\(\\) int"
		return vLocal // want "vLocal read"
	}
	if f() > 0 {
		log.Fatal("no")
		println() // want "unreachable"
	}
	if n > 1 {
		os.Exit(1)
		return // want "unreachable"
	}
	if n > 2 {
		panic(n)
		println() // want "unreachable"
	}
	http.Get("http://example.com") // want "send Get"
}

type T struct{}

func (T) Method() {} // want "func Method func\\(\\)"

func noBody() // want "func noBody func\\(\\)"

func builds() { // want "func builds func\\(\\)"
	req, _ := http.NewRequest("GET", "/", nil) // want "call NewRequest"
	req.Header.Set("a", "b")                   // want "call Set"
	println(req.URL.String())
}
