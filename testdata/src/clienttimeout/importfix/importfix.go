package importfix

import (
	"fmt"
	"net/http"

	"clienttimeout/lookalike/other"
)

var time = "a package-level name that blocks importing time"

func f() *http.Client {
	fmt.Println(time, other.DefaultClient)
	return &http.Client{} // want `no Timeout`
}
