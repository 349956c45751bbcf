// Package url has a Values that is not net/url's.
package url

type Values map[string]string

func (v Values) Encode() string { return "" }
