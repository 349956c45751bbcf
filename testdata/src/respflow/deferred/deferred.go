// Package deferred tests uses of a response in a deferred call.
package deferred

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// A deferred call drops its result: printing the status there looks at
// nothing that decides a path (and once crashed the engine).
func deferredPrint(c *http.Client, u string, v any) error {
	resp, err := c.Get(u) // want `^closed$` `^unchecked read at line 18$`
	if err != nil {
		return err
	}
	defer fmt.Println(resp.StatusCode)
	err = json.NewDecoder(resp.Body).Decode(v)
	resp.Body.Close()
	return err
}

// A call started with go counts as a look at the status, as it always
// has.
func startedCheck(c *http.Client, u string, v any) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	go validate(resp.StatusCode)
	err = json.NewDecoder(resp.Body).Decode(v)
	resp.Body.Close()
	return err
}

func validate(code int) error {
	if code != http.StatusOK {
		return fmt.Errorf("status %d", code)
	}
	return nil
}
