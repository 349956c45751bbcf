package fix

import (
	"errors"
	"fmt"
	"net/http"
)

func afterErrCheck(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `never closed`
	if err != nil {
		return fmt.Errorf("get: %w", err)
	}
	fmt.Println(resp.Status)
	return nil
}

func noErrCheck(c *http.Client, req *http.Request) {
	resp, _ := c.Do(req) // want `never closed`
	fmt.Println(resp.Status)
}

func someBranches(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `not closed on the path`
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("status %s", resp.Status)
	}
	return resp.Body.Close()
}

func discarded(c *http.Client, u string) error {
	_, err := c.Get(u) // want `response is discarded`
	if err != nil {
		return err
	}
	return nil
}

func discardedStmt(c *http.Client, u string) {
	c.Head(u) // want `response is discarded`
}

func inLoop(c *http.Client, urls []string) {
	for _, u := range urls {
		resp, err := c.Get(u) // want `not closed before the loop calls again`
		if err != nil {
			continue
		}
		fmt.Println(resp.Status)
	}
}

func inSwitch(c *http.Client, u string, mode int) error {
	switch mode {
	case 1:
		resp, err := c.Get(u) // want `never closed`
		if err != nil {
			return err
		}
		fmt.Println(resp.Status)
	}
	return nil
}

// A helper whose response is not its first result (consul's doRequest).
func timed(c *http.Client, req *http.Request) (int, *http.Response, error) {
	resp, err := c.Do(req)
	return 1, resp, err
}

func timedDiscarded(c *http.Client, req *http.Request) error {
	_, _, err := timed(c, req) // want `discarded`
	if err != nil {
		return err
	}
	return nil
}

func timedStatement(c *http.Client, req *http.Request) {
	timed(c, req) // want `discarded`
}

// The fixes must be safe at run time: a deferred close goes only where
// the response cannot be nil, and nowhere it would close a response that
// another path hands on. fixrun_test.go runs the fixed code.

var errNotFound = errors.New("not found")

// checkedLater tests another error before err != nil: the close cannot
// follow the call unguarded, since a failed call gives a nil response.
func checkedLater(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `never closed`
	if errors.Is(err, errNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	fmt.Println(resp.Status)
	return nil
}

// logsOnly's error check does not leave: resp may be nil after it.
func logsOnly(c *http.Client, u string) string {
	resp, err := c.Get(u) // want `never closed`
	if err != nil {
		fmt.Println(err)
		return ""
	}
	if resp == nil {
		fmt.Println("no response")
	}
	return resp.Status
}

// escapesOnSuccess hands the response to its caller when the status is
// fine: a deferred close would close what the caller reads. No fix.
func escapesOnSuccess(c *http.Client, u string) (*http.Response, error) {
	resp, err := c.Get(u) // want `not closed on the path`
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %s", resp.Status)
	}
	return resp, nil
}

// pacer's closure sets a response the enclosing function goes on to
// use: a close deferred in the closure would run when it returns.
func pacer(c *http.Client, u string, call func(func() error) error) (string, error) {
	var resp *http.Response
	err := call(func() error {
		var err error
		resp, err = c.Get(u)
		return err
	})
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	return resp.Status, nil
}

// laterResp declares resp further down the same block: the discarded
// response is bound under another name.
func laterResp(c *http.Client, u string) error {
	_, err := c.Get(u) // want `response is discarded`
	if err != nil {
		return err
	}
	var resp *http.Response
	_ = resp
	return nil
}
