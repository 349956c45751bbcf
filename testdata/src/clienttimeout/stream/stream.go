// Package stream holds clients whose responses are streamed or
// downloaded: Client.Timeout covers reading the body, so a fix must not
// add one; it bounds the wait for the headers on a transport the literal
// builds, or offers nothing.
package stream

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"time"
)

// download copies the body to a file: a transfer of unknown size.
func download(u string, f *os.File) error {
	resp, err := http.Get(u) // want `http.Get sends with http.DefaultClient.*may stream \(the body is copied with io.Copy\)`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(f, resp.Body)
	return err
}

// events reads server-sent events line by line.
func events(u string, handle func(string)) error {
	req, err := http.NewRequest("GET", u, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req) // want `http.DefaultClient has no timeout.*may stream \(the body is read with bufio.NewScanner\)`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		handle(sc.Text())
	}
	return sc.Err()
}

// open hands the body to its caller, who reads it as it likes.
func open(u string) (io.ReadCloser, error) {
	resp, err := http.Get(u) // want `may stream \(the body is handed on\)`
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

// Fetch returns the response to callers of other packages.
func Fetch(u string) (*http.Response, error) {
	return http.Get(u) // want `may stream \(the response is returned to the caller\)`
}

// fetch is unexported: its callers decide. One of them streams.
func fetch(u string) (*http.Response, error) {
	return http.Get(u) // want `may stream \(the body is decoded as a stream with json.NewDecoder\)`
}

func ndjson(u string, out chan<- map[string]any) error {
	resp, err := fetch(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	dec := json.NewDecoder(resp.Body)
	for dec.More() {
		var v map[string]any
		if err := dec.Decode(&v); err != nil {
			return err
		}
		out <- v
	}
	return nil
}

// The client of a downloader, with a transport the literal builds: the
// fix bounds the wait for the headers, not the transfer.
type downloader struct {
	client *http.Client
}

func newDownloader() *downloader {
	return &downloader{client: &http.Client{ // want `http.Client has no Timeout.*may stream \(the body is copied with io.Copy\)`
		Transport: &http.Transport{MaxIdleConns: 10},
	}}
}

func (d *downloader) get(u string, w io.Writer) error {
	resp, err := d.client.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(w, resp.Body)
	return err
}

// A streaming client with no transport literal: no fix.
var streamer = &http.Client{} // want `http.Client has no Timeout.*may stream \(the body is read piece by piece\)`

func tail(u string, buf []byte) (int, error) {
	resp, err := streamer.Get(u)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.Body.Read(buf)
}

// A streaming client whose transport bounds the wait for headers: as
// bounded as a stream can be, not reported.
var bounded = &http.Client{Transport: &http.Transport{ResponseHeaderTimeout: 10 * time.Second}}

func follow(u string, w io.Writer) error {
	resp, err := bounded.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, err = io.Copy(w, resp.Body)
	return err
}

// Not streams: reads of the whole body, one decode, a drain, a copy into
// memory. These keep the Client.Timeout fix.
func readAll(u string) ([]byte, error) {
	resp, err := http.Get(u) // want `http.Get sends with http.DefaultClient, which has no timeout: a stalled server blocks this call forever; send with an http.Client that has a Timeout$`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, 1<<20))
}

func decodeOne(u string, v any) error {
	c := &http.Client{} // want `http.Client has no Timeout: a stalled server blocks its requests forever; set Timeout$`
	resp, err := c.Get(u)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	dec := json.NewDecoder(resp.Body)
	return dec.Decode(v)
}

func drain(u string) error {
	resp, err := http.Head(u) // want `http.Head sends with http.DefaultClient, which has no timeout: a stalled server blocks this call forever; send with an http.Client that has a Timeout$`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	if _, err := io.Copy(&buf, resp.Body); err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	return err
}

// status uses an unexported helper that returns the response: its one
// caller does not stream.
func status(u string) (int, error) {
	resp, err := get(u)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func get(u string) (*http.Response, error) {
	return http.Get(u) // want `http.Get sends with http.DefaultClient, which has no timeout: a stalled server blocks this call forever; send with an http.Client that has a Timeout$`
}

// Helpers of this package are followed: readBody reads the body whole,
// save copies it to a file, and process hands the response to save.
func readBody(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

func save(r io.Reader, f *os.File) error {
	_, err := io.Copy(f, r)
	return err
}

func process(resp *http.Response, f *os.File) error {
	defer resp.Body.Close()
	return save(resp.Body, f)
}

func viaReadBody(u string) ([]byte, error) {
	resp, err := http.Get(u) // want `http.Get sends with http.DefaultClient, which has no timeout: a stalled server blocks this call forever; send with an http.Client that has a Timeout$`
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return readBody(resp.Body)
}

func viaProcess(u string, f *os.File) error {
	resp, err := http.Get(u) // want `its response may stream \(the body is copied with io.Copy\)`
	if err != nil {
		return err
	}
	return process(resp, f)
}
