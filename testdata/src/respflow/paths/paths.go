// Package paths tests how the engine walks a function's paths: the
// failed call's path is pruned, defers close at exit, a 204 or 304 has no
// body, a loop comes back to the call.
package paths

import (
	"context"
	"errors"
	"io"
	"net/http"
)

func errPruned(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err // no body on this path
	}
	resp.Body.Close()
	return nil
}

func nilPruned(c *http.Client, u string) {
	resp, _ := c.Get(u) // want `^closed$`
	if resp == nil {
		return
	}
	resp.Body.Close()
}

func orPruned(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil || resp == nil {
		return err
	}
	return resp.Body.Close()
}

func andPruned(c *http.Client, u string) {
	resp, err := c.Get(u) // want `^closed$`
	if err == nil && resp != nil {
		resp.Body.Close()
	}
}

func isPruned(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if errors.Is(err, context.Canceled) {
		return nil
	}
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return nil
}

func notPruned(c *http.Client, u string, retries int) error {
	resp, err := c.Get(u) // want `^leak at line 60$`
	if err != nil || retries == 0 {
		return err // err may be nil here: the || does not prune
	}
	if err != nil {
		return err
	}
	resp.Body.Close()
	return nil
}

func leaks(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^leak at line 75$`
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return errors.New(resp.Status)
	}
	return resp.Body.Close()
}

func deferred(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, errors.New(resp.Status)
	}
	return io.ReadAll(resp.Body)
}

func deferredLiteral(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	defer func() {
		resp.Body.Close()
	}()
	return nil
}

func uncheckedRead(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u) // want `^closed$` `^unchecked read at line 109$`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

func noContent(c *http.Client, u string) error {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		return err
	}
	if resp.StatusCode == http.StatusNoContent || resp.StatusCode == http.StatusNotModified {
		return nil // no body to close
	}
	return resp.Body.Close()
}

func loop(c *http.Client, urls []string) {
	for _, u := range urls {
		resp, err := c.Get(u) // want `^leak at line 125 on the next iteration$` `^leak at line 134$`
		if err != nil {
			continue
		}
		if resp.StatusCode != http.StatusOK {
			continue
		}
		resp.Body.Close()
	}
}

func deferInLoop(c *http.Client, urls []string) {
	for _, u := range urls {
		resp, err := c.Get(u) // want `^closed$` `^defer at line 142 waits for the function$`
		if err != nil {
			return
		}
		defer resp.Body.Close()
	}
}

func deferInLoopOnce(c *http.Client, urls []string) {
	for _, u := range urls {
		resp, err := c.Get(u) // want `^closed$`
		if err != nil {
			return
		}
		defer resp.Body.Close()
		return
	}
}

func panics(c *http.Client, u string) {
	resp, err := c.Get(u) // want `^closed$`
	if err != nil {
		panic(err)
	}
	if resp.StatusCode != http.StatusOK {
		panic(resp.Status) // never returns: no leak
	}
	resp.Body.Close()
}

func discarded(c *http.Client, u string) error {
	c.Get(u)           // want `^discarded$`
	_, err := c.Get(u) // want `^discarded$`
	return err
}
