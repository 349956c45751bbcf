package basic

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"

	"statuscheck/basic/apiclient"
)

type User struct{ Name string }

func decodeFirst(c *http.Client, u string) (*User, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var user User
	if err := json.NewDecoder(resp.Body).Decode(&user); err != nil { // want `resp.Body is read as data before resp.StatusCode is checked`
		return nil, err
	}
	return &user, nil
}

func checkedFirst(c *http.Client, u string) (*User, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(resp.Body)
		return nil, fmt.Errorf("status %s: %s", resp.Status, body)
	}
	var user User
	return &user, json.NewDecoder(resp.Body).Decode(&user)
}

// The bytes are read before the check but used only after it.
func readCheckUse(c *http.Client, u string) ([]byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		return nil, errors.New(resp.Status)
	}
	return b, err
}

// The check comes after the bytes are used.
func checkAfter(c *http.Client, u string) (*User, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var user User
	err = json.Unmarshal(b, &user) // want `read as data before`
	if resp.StatusCode != 200 {
		return nil, errors.New(resp.Status)
	}
	return &user, err
}

func drain(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

func download(c *http.Client, u string, f *os.File) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(f, resp.Body) // want `read as data before`
	return err
}

func switchStatus(c *http.Client, u string) (string, error) {
	resp, err := c.Get(u)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusOK:
	default:
		return "", errors.New(resp.Status)
	}
	sc := bufio.NewScanner(resp.Body)
	sc.Scan()
	return sc.Text(), nil
}

func scannerUnchecked(c *http.Client, u string) string {
	resp, err := c.Get(u)
	if err != nil {
		return ""
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body) // want `read as data before`
	sc.Scan()
	return sc.Text()
}

func checkResponse(r *http.Response) error {
	if r.StatusCode/100 != 2 {
		return errors.New(r.Status)
	}
	return nil
}

func viaChecker(c *http.Client, u string) (*User, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if err := checkResponse(resp); err != nil {
		return nil, err
	}
	var user User
	return &user, json.NewDecoder(resp.Body).Decode(&user)
}

// do checks the status before handing the response back.
func do(c *http.Client, req *http.Request) (*http.Response, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if err := checkResponse(resp); err != nil {
		resp.Body.Close()
		return nil, err
	}
	return resp, nil
}

func viaDo(c *http.Client, req *http.Request) (*User, error) {
	resp, err := do(c, req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var user User
	return &user, json.NewDecoder(resp.Body).Decode(&user)
}

// A response parameter is the caller's to check.
func decodeParam(resp *http.Response, v any) error {
	return json.NewDecoder(resp.Body).Decode(v)
}

func callsDecodeParam(c *http.Client, u string) error {
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var v User
	return decodeParam(resp, &v) // want `read as data before`
}

func readThenCheckThenDecode(c *http.Client, u string) (*User, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var user User
	if resp.StatusCode >= 400 {
		return nil, errors.New(resp.Status)
	}
	err = json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(&user)
	return &user, err
}

// resty: a client library buffers the body into its own response type,
// whose user checks the status.
type buffered struct {
	raw  *http.Response
	body []byte
}

func buffer(c *http.Client, req *http.Request) (*buffered, error) {
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b := &buffered{raw: resp}
	b.body, err = io.ReadAll(resp.Body)
	return b, err
}

// A client of another package is trusted to have checked the status of
// what it returns.
func otherPackage(h *apiclient.Handler, u string) (*User, error) {
	resp, err := h.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var user User
	return &user, json.NewDecoder(resp.Body).Decode(&user)
}

// An interface that sends requests is a client: whatever implements it,
// the status may be anything.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

func viaDoer(d Doer, req *http.Request) (*User, error) {
	resp, err := d.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var user User
	return &user, json.NewDecoder(resp.Body).Decode(&user) // want `read as data before`
}
