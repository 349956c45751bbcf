package fixes

import (
	"bytes"
	"fmt"
	"go/format"
	"go/token"
	"slices"

	"golang.org/x/tools/go/analysis"
)

// This file is the one place that formats a whole file to decide an edit.
// Everywhere else edits are built small and gofmt-clean in place. Two
// decisions need gofmt's view of the whole file, because they depend on
// the neighbours of the edit: the alignment of the key: value lines and
// trailing comments around a deleted line (Formatter.Tidy), and whether
// gofmt writes a + b or a+b at a place (Choose). Both answer with small
// edits, so that fixes of neighbouring lines still compose.

// Apply returns src, the content of the file whose base is base, with
// edits applied. Identical edits (the same import added by two fixes)
// count once; overlapping different edits are a conflict.
func Apply(src []byte, base int, edits []analysis.TextEdit) ([]byte, error) {
	out, _, err := applyEdits(src, base, edits)
	return out, err
}

// A landing is where the new text of an edit landed in the output of
// applyEdits, and what it replaced in the source.
type landing struct {
	start, end       int // in the output
	srcStart, srcEnd int // in the source
}

func applyEdits(src []byte, base int, edits []analysis.TextEdit) ([]byte, []landing, error) {
	type span struct {
		start, end int
		text       string
	}
	var spans []span
	for _, e := range edits {
		end := e.End
		if !end.IsValid() {
			end = e.Pos
		}
		s := span{int(e.Pos) - base, int(end) - base, string(e.NewText)}
		if !slices.Contains(spans, s) {
			spans = append(spans, s)
		}
	}
	slices.SortStableFunc(spans, func(a, b span) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return a.end - b.end
	})
	var out []byte
	var landed []landing
	last := 0
	for i, s := range spans {
		if s.start < last || (i > 0 && s.start == spans[i-1].start && s.start == s.end && spans[i-1].start == spans[i-1].end) {
			return nil, nil, fmt.Errorf("conflicting fixes at offset %d", s.start)
		}
		out = append(out, src[last:s.start]...)
		landed = append(landed, landing{start: len(out), end: len(out) + len(s.text), srcStart: s.start, srcEnd: s.end})
		out = append(out, s.text...)
		last = s.end
	}
	out = append(out, src[last:]...)
	return out, landed, nil
}

// Choose returns the first of texts that gofmt keeps as it is when it
// replaces [pos, end) together with edits, or texts[0]. It is for an
// expression whose spacing depends on where it stands: gofmt writes
// "a" + b or "a"+b depending on the expression around it.
func Choose(pass *analysis.Pass, pos, end token.Pos, edits []analysis.TextEdit, texts []string) string {
	if len(texts) == 1 {
		return texts[0]
	}
	tf := pass.Fset.File(pos)
	src, err := pass.ReadFile(tf.Name())
	if err != nil {
		return texts[0]
	}
	for _, text := range texts {
		all := append(slices.Clone(edits), analysis.TextEdit{Pos: pos, End: end, NewText: []byte(text)})
		out, err := Apply(src, tf.Base(), all)
		if err != nil {
			return texts[0]
		}
		if formatted, err := format.Source(out); err == nil && bytes.Contains(formatted, []byte(text)) {
			return text
		}
	}
	return texts[0]
}

// A Formatter keeps the edits of fixes gofmt-clean. Its zero value is
// ready to use; it remembers which files of a pass are gofmt-clean.
type Formatter struct {
	clean map[*token.File][]byte // source of a file, nil when not gofmt-clean
}

// Tidy returns edits to a gofmt-clean file that do what edits do and
// keep it gofmt-clean. Removing a line can leave its neighbours
// misaligned (gofmt aligns the values of key: value lines by the longest
// key, and trailing comments) or leave two blank lines in a row, so Tidy
// applies the edits, formats the result and adds the changes gofmt made,
// each as small as possible so that fixes to neighbouring lines compose.
// On a file that was not gofmt-clean it returns edits unchanged.
func (f *Formatter) Tidy(pass *analysis.Pass, edits []analysis.TextEdit) []analysis.TextEdit {
	tf := pass.Fset.File(edits[0].Pos)
	src := f.cleanSource(pass, tf)
	if src == nil {
		return edits
	}
	edits = slices.Clone(edits)
	slices.SortFunc(edits, func(x, y analysis.TextEdit) int { return int(x.Pos - y.Pos) })

	out, landed, err := applyEdits(src, tf.Base(), edits)
	if err != nil {
		return edits
	}
	var regions []region
	for _, l := range landed {
		regions = append(regions, region{landing: l, edit: true})
	}
	formatted, err := format.Source(out)
	if err != nil {
		return edits
	}
	changes, ok := spaceChanges(out, formatted)
	if !ok || len(changes) == 0 {
		return edits
	}
	// toSrc maps an offset of out outside the new texts to src.
	edited := slices.Clone(regions)
	toSrc := func(x int) int {
		for _, r := range slices.Backward(edited) {
			if r.end <= x {
				return x - r.end + r.srcEnd
			}
		}
		return x
	}
	for _, ch := range changes {
		regions = append(regions, region{landing: landing{start: ch.start, end: ch.end, srcStart: toSrc(ch.start), srcEnd: toSrc(ch.end)}, text: ch.text})
	}
	slices.SortStableFunc(regions, func(x, y region) int { return x.start - y.start })

	// A change that overlaps or touches an edit joins it: the two become
	// one edit. Edits that no change touches are kept as they are.
	var result []analysis.TextEdit
	for i := 0; i < len(regions); {
		group := regions[i : i+1]
		end := regions[i].end
		for j := i + 1; j < len(regions) && regions[j].start <= end; j++ {
			group = regions[i : j+1]
			end = max(end, regions[j].end)
		}
		i += len(group)
		if !slices.ContainsFunc(group, func(r region) bool { return !r.edit }) {
			for _, r := range group {
				result = append(result, analysis.TextEdit{Pos: tf.Pos(r.srcStart), End: tf.Pos(r.srcEnd), NewText: out[r.start:r.end]})
			}
			continue
		}
		var text []byte
		at := group[0].start
		srcStart, srcEnd := group[0].srcStart, group[0].srcEnd
		for _, r := range group {
			srcStart, srcEnd = min(srcStart, r.srcStart), max(srcEnd, r.srcEnd)
			if !r.edit {
				text = append(text, out[at:r.start]...)
				text = append(text, r.text...)
				at = r.end
			}
		}
		text = append(text, out[at:end]...)
		result = append(result, analysis.TextEdit{Pos: tf.Pos(srcStart), End: tf.Pos(srcEnd), NewText: text})
	}
	return result
}

// A region is a stretch of the edited text: the new text of an edit, or
// white space that gofmt changes to text.
type region struct {
	landing
	edit bool
	text string
}

// cleanSource returns the source of tf if it is gofmt-clean, or nil.
func (f *Formatter) cleanSource(pass *analysis.Pass, tf *token.File) []byte {
	if f.clean == nil {
		f.clean = make(map[*token.File][]byte)
	}
	src, ok := f.clean[tf]
	if !ok {
		if content, err := pass.ReadFile(tf.Name()); err == nil {
			if formatted, err := format.Source(content); err == nil && bytes.Equal(formatted, content) {
				src = content
			}
		}
		f.clean[tf] = src
	}
	return src
}

// A change replaces the white space a[start:end] by text.
type change struct {
	start, end int
	text       string
}

// spaceChanges returns the changes that turn a into b, which must differ
// only in white space, or ok=false. Each change is trimmed to the part
// that differs: a blank line too many is one "\n".
func spaceChanges(a, b []byte) (changes []change, ok bool) {
	i, j := 0, 0
	for {
		i0, j0 := i, j
		for i < len(a) && isSpace(a[i]) {
			i++
		}
		for j < len(b) && isSpace(b[j]) {
			j++
		}
		if x, y := a[i0:i], b[j0:j]; !bytes.Equal(x, y) {
			p := 0
			for p < len(x) && p < len(y) && x[p] == y[p] {
				p++
			}
			x, y = x[p:], y[p:]
			s := 0
			for s < len(x) && s < len(y) && x[len(x)-1-s] == y[len(y)-1-s] {
				s++
			}
			changes = append(changes, change{start: i0 + p, end: i - s, text: string(y[:len(y)-s])})
		}
		if i == len(a) || j == len(b) {
			return changes, i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return nil, false
		}
		i++
		j++
	}
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
