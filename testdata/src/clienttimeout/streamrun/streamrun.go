// Package streamrun is fixed with -clienttimeout.default=200ms and then
// run (fixrun_test.go): a body streamed for longer than that must still
// arrive whole, and a stalled server must now fail the call.
package streamrun

import (
	"bufio"
	"io"
	"net/http"
)

// downloader copies bodies of unknown size: its fix bounds the wait for
// the response headers on the transport, not the transfer.
type downloader struct {
	client *http.Client
}

func newDownloader() *downloader {
	return &downloader{client: &http.Client{ // want `http.Client has no Timeout.*may stream \(the body is copied with io.Copy\)`
		Transport: &http.Transport{},
	}}
}

func (d *downloader) fetch(u string, w io.Writer) (int64, error) {
	resp, err := d.client.Get(u)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return io.Copy(w, resp.Body)
}

// lines reads a stream of lines: no fix.
func lines(u string) ([]string, error) {
	resp, err := http.Get(u) // want `may stream \(the body is read with bufio.NewScanner\)`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out []string
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out, sc.Err()
}

// fetchAll reads a small document whole: rerouted to a client with a
// Timeout.
func fetchAll(u string) ([]byte, error) {
	resp, err := http.Get(u) // want `http.Get sends with http.DefaultClient, which has no timeout: a stalled server blocks this call forever; send with an http.Client that has a Timeout$`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// newAPIClient builds a client whose responses are not seen to stream:
// it gets a Timeout.
func newAPIClient() *http.Client {
	return &http.Client{} // want `http.Client has no Timeout: a stalled server blocks its requests forever; set Timeout$`
}
