// Package closures tests local closures: a literal bound to a variable
// and only ever called runs where it is called.
package closures

import "net/http"

func called(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	closeIt := func() {
		resp.Body.Close()
	}
	closeIt()
	return nil
}

// keptForLater: a literal used other than by calling it may run anywhere,
// so the response it mentions is its business.
func keptForLater(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	closeIt := func() {
		resp.Body.Close()
	}
	_ = closeIt
	return nil
}

func chain(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	c0 := func() { resp.Body.Close() }
	c1 := func() { c0(); c0() }
	c2 := func() { c1(); c1() }
	c3 := func() { c2(); c2() }
	c3()
	return nil
}

func checkedInClosure(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	ok := func() bool { return resp.StatusCode == http.StatusOK }
	if !ok() {
		return nil
	}
	buf := make([]byte, 10)
	_, err = resp.Body.Read(buf)
	return err
}

func goroutine(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	drain := func() { resp.Body.Close() }
	go drain() // someone else's job now
	return nil
}
