// Package github is a look-alike of github.com/google/go-github's
// CheckResponse: a helper in another package that looks at the status
// and reads the body only for a bad status, to build the error.
package github

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// ErrorResponse reports an error caused by an API request.
type ErrorResponse struct {
	Response *http.Response
	Message  string `json:"message"`
}

func (r *ErrorResponse) Error() string {
	return fmt.Sprintf("%d %v", r.Response.StatusCode, r.Message)
}

// CheckResponse checks the API response for errors, and returns them if
// present. A response is considered an error if it has a status code
// outside the 200 range.
func CheckResponse(r *http.Response) error {
	if c := r.StatusCode; 200 <= c && c <= 299 {
		return nil
	}
	errorResponse := &ErrorResponse{Response: r}
	data, err := io.ReadAll(r.Body)
	if err == nil && data != nil {
		_ = json.Unmarshal(data, errorResponse)
	}
	return errorResponse
}
