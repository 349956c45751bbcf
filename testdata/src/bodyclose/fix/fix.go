package fix

import (
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
