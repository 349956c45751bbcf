package main

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"strings"
)

// validate checks a JSON value (as decoded by encoding/json into any)
// against a JSON schema (draft-04), for the keywords the SARIF 2.1.0
// schema uses: $ref, type, properties, additionalProperties, required,
// enum, items, minItems, uniqueItems, minimum, maximum, pattern, anyOf,
// oneOf. format is not checked. It returns one message per violation.
func validate(root, schema map[string]any, v any, path string) []string {
	if ref, ok := schema["$ref"].(string); ok {
		def := strings.TrimPrefix(ref, "#/definitions/")
		defs, _ := root["definitions"].(map[string]any)
		target, ok := defs[def].(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: unresolved $ref %s", path, ref)}
		}
		return validate(root, target, v, path)
	}
	var errs []string
	fail := func(format string, args ...any) {
		errs = append(errs, path+": "+fmt.Sprintf(format, args...))
	}
	if t, ok := schema["type"]; ok && !hasType(t, v) {
		fail("want type %v, got %T", t, v)
		return errs
	}
	if enum, ok := schema["enum"].([]any); ok {
		found := false
		for _, e := range enum {
			found = found || reflect.DeepEqual(e, v)
		}
		if !found {
			fail("%v is not one of %v", v, enum)
		}
	}
	switch v := v.(type) {
	case map[string]any:
		props, _ := schema["properties"].(map[string]any)
		for _, name := range asStrings(schema["required"]) {
			if _, ok := v[name]; !ok {
				fail("missing required property %q", name)
			}
		}
		for name, val := range v {
			if ps, ok := props[name].(map[string]any); ok {
				errs = append(errs, validate(root, ps, val, path+"."+name)...)
				continue
			}
			switch ap := schema["additionalProperties"].(type) {
			case bool:
				if !ap {
					fail("property %q is not allowed", name)
				}
			case map[string]any:
				errs = append(errs, validate(root, ap, val, path+"."+name)...)
			}
		}
	case []any:
		if n, ok := schema["minItems"].(float64); ok && float64(len(v)) < n {
			fail("want at least %v items, got %d", n, len(v))
		}
		if u, _ := schema["uniqueItems"].(bool); u {
			for i := range v {
				for j := i + 1; j < len(v); j++ {
					if reflect.DeepEqual(v[i], v[j]) {
						fail("items %d and %d are equal", i, j)
					}
				}
			}
		}
		if items, ok := schema["items"].(map[string]any); ok {
			for i, item := range v {
				errs = append(errs, validate(root, items, item, fmt.Sprintf("%s[%d]", path, i))...)
			}
		}
	case float64:
		if m, ok := schema["minimum"].(float64); ok && v < m {
			fail("%v is below the minimum %v", v, m)
		}
		if m, ok := schema["maximum"].(float64); ok && v > m {
			fail("%v is above the maximum %v", v, m)
		}
	case string:
		if p, ok := schema["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(v) {
			fail("%q does not match %s", v, p)
		}
	}
	if alts, ok := schema["anyOf"].([]any); ok {
		matched := false
		for _, s := range alts {
			if len(validate(root, s.(map[string]any), v, path)) == 0 {
				matched = true
			}
		}
		if !matched {
			fail("matches none of anyOf")
		}
	}
	if one, ok := schema["oneOf"].([]any); ok {
		n := 0
		for _, s := range one {
			if len(validate(root, s.(map[string]any), v, path)) == 0 {
				n++
			}
		}
		if n != 1 {
			fail("matches %d of oneOf, want 1", n)
		}
	}
	return errs
}

func hasType(t, v any) bool {
	if list, ok := t.([]any); ok {
		for _, x := range list {
			if hasType(x, v) {
				return true
			}
		}
		return false
	}
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		f, ok := v.(float64)
		return ok && f == math.Trunc(f)
	case "null":
		return v == nil
	}
	return false
}

func asStrings(v any) []string {
	list, _ := v.([]any)
	var out []string
	for _, x := range list {
		if s, ok := x.(string); ok {
			out = append(out, s)
		}
	}
	return out
}
