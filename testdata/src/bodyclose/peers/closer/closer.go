// Package closer is a look-alike of the small "util.Close(io.Closer)"
// helpers that projects keep in a package of their own
// (timakin/bodyclose#39, #60 comments: closer.Close(ctx, c)).
package closer

import (
	"io"
	"log"
)

// Close closes c and logs a failure.
func Close(c io.Closer) {
	if err := c.Close(); err != nil {
		log.Printf("close: %v", err)
	}
}
