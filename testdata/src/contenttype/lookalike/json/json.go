// Package json has a Marshal that is not encoding/json's.
package json

func Marshal(v any) ([]byte, error) { return []byte("<v/>"), nil }
