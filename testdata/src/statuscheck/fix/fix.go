package fix

import (
	"encoding/json"
	"io"
	"net/http"
	"testing"
)

type Item struct{ ID int }

type pair struct{ a, b int }

type Code int

func decode(c *http.Client, u string) (*Item, error) {
	resp, err := c.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var it Item
	err = json.NewDecoder(resp.Body).Decode(&it) // want `read as data before`
	return &it, err
}

func zeros(c *http.Client, u string) (Item, pair, string, int, bool, Code, []byte, error) {
	resp, err := c.Get(u)
	if err != nil {
		return Item{}, pair{}, "", 0, false, 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return Item{}, pair{}, "", 0, false, 0, nil, err
	}
	return Item{}, pair{}, string(b), 0, false, 0, b, nil // want `read as data before`
}

func generic[T any](c *http.Client, u string) (T, error) {
	var v T
	resp, err := c.Get(u)
	if err != nil {
		return v, err
	}
	defer resp.Body.Close()
	err = json.NewDecoder(resp.Body).Decode(&v) // want `read as data before`
	return v, err
}

func handler(w http.ResponseWriter, r *http.Request) {
	resp, err := http.DefaultClient.Do(r)
	if err != nil {
		return
	}
	defer resp.Body.Close()
	io.Copy(w, resp.Body) // want `read as data before`
}

func TestThing(t *testing.T) {
	resp, err := http.Get("http://127.0.0.1/")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var it Item
	json.NewDecoder(resp.Body).Decode(&it) // want `read as data before`
}

// No error result and no fitting form: no fix.
func noFix(c *http.Client, u string) int {
	resp, err := c.Get(u)
	if err != nil {
		return 0
	}
	defer resp.Body.Close()
	var it Item
	json.NewDecoder(resp.Body).Decode(&it) // want `read as data before`
	return it.ID
}
