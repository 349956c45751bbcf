package knowledge_test

import (
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/httpvet/httpvet/analyzers/internal/fixtest"
	"github.com/httpvet/httpvet/analyzers/internal/knowledge"
	"github.com/httpvet/httpvet/analyzers/internal/match"
)

// describe reports, for every call and function declaration, what the
// knowledge tables say about it, so that testdata/src/knowledge states
// the tables' contents as `// want` lines.
var describe = &analysis.Analyzer{
	Name: "describe",
	Doc:  "report what the knowledge tables say about each call",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, f := range pass.Files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.CallExpr:
					fn := match.Callee(pass.TypesInfo, n)
					if fn == nil {
						return true
					}
					if tags := callTags(fn); len(tags) > 0 {
						pass.Reportf(n.Pos(), "%s: %s", fn.Name(), strings.Join(tags, " "))
					} else if fn.Name() == "NewRecorder" {
						pass.Reportf(n.Pos(), "NewRecorder")
					}
				case *ast.FuncDecl:
					fn := pass.TypesInfo.Defs[n.Name].(*types.Func)
					var tags []string
					if knowledge.IsHandler(fn.Signature()) {
						tags = append(tags, "handler")
					}
					if knowledge.IsRoundTripper(fn) {
						tags = append(tags, "roundtripper")
					}
					if len(tags) > 0 {
						pass.Reportf(n.Pos(), "%s: %s", fn.Name(), strings.Join(tags, " "))
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

func callTags(fn *types.Func) []string {
	var tags []string
	add := func(ok bool, tag string) {
		if ok {
			tags = append(tags, tag)
		}
	}
	switch knowledge.Send(fn) {
	case knowledge.ClientSend:
		tags = append(tags, "send=client")
	case knowledge.DefaultClientSend:
		tags = append(tags, "send=default-client")
	case knowledge.RoundTrip:
		tags = append(tags, "send=roundtrip")
	}
	add(knowledge.TakesRequest(fn), "takes-request")
	add(knowledge.NewRequests.Has(fn), "new-request")
	add(knowledge.ContextRequests.Has(fn), "context-request")
	add(knowledge.RequestCopies.Has(fn), "request-copy")
	add(knowledge.BodySinks.Has(fn), "body-sink")
	add(knowledge.ObservesRequest(fn), "observes-request")
	add(knowledge.HeaderKeys.Has(fn), "header-key")
	add(knowledge.FormEncodings.Has(fn), "form-encoding")
	add(knowledge.HeaderWrites.Has(fn), "header-write")
	add(knowledge.ParamWrites.Has(fn), "param-write")
	add(knowledge.BasicAuth.Has(fn), "basic-auth")
	add(knowledge.URLPasswords.Has(fn), "url-password")
	add(knowledge.UnownedResponses.Has(fn), "unowned-response")
	add(knowledge.BuildsTransport(fn), "builds-transport")
	add(knowledge.BodyReadAll.Has(fn), "body-read-all")
	add(knowledge.BodyReadInto.Has(fn), "body-read-into")
	add(knowledge.BodyCopies.Has(fn), "body-copy")
	add(knowledge.BodyWrappers.Has(fn), "body-wrapper")
	add(knowledge.BodyDecoders.Has(fn), "body-decoder")
	add(knowledge.ResponseDumps.Has(fn), "response-dump")
	add(knowledge.ResponseSends.Has(fn), "response-send")
	add(knowledge.NeverReturns(fn), "never-returns")
	return tags
}

func TestTables(t *testing.T) {
	analysistest.Run(t, fixtest.TestData(), describe, "knowledge/a")
}

// TestRowsHaveReasons keeps the tables reviewable: every row says why.
func TestRowsHaveReasons(t *testing.T) {
	for name, tab := range map[string]*knowledge.Table{
		"NewRequests": knowledge.NewRequests, "ContextRequests": knowledge.ContextRequests,
		"RequestCopies": knowledge.RequestCopies, "BodySinks": knowledge.BodySinks,
		"RequestObservers": knowledge.RequestObservers, "UnownedResponses": knowledge.UnownedResponses,
		"HeaderKeys": knowledge.HeaderKeys, "FormEncodings": knowledge.FormEncodings,
		"HeaderWrites": knowledge.HeaderWrites, "ParamWrites": knowledge.ParamWrites,
		"BasicAuth": knowledge.BasicAuth, "URLPasswords": knowledge.URLPasswords,
		"BodyReadAll": knowledge.BodyReadAll, "BodyReadInto": knowledge.BodyReadInto, "BodyCopies": knowledge.BodyCopies,
		"BodyWrappers": knowledge.BodyWrappers, "BodyDecoders": knowledge.BodyDecoders,
		"ResponseDumps": knowledge.ResponseDumps, "ResponseSends": knowledge.ResponseSends, "ServerTLS": knowledge.ServerTLS,
		"JSONEncodings": knowledge.JSONEncodings,
		"PureFuncs":     knowledge.PureFuncs, "IdleClosers": knowledge.IdleClosers, "StatusFormatters": knowledge.StatusFormatters,
		"BodyValueDecoders": knowledge.BodyValueDecoders, "ContextDeadlines": knowledge.ContextDeadlines,
		"ContextDerivations": knowledge.ContextDerivations, "BareContexts": knowledge.BareContexts, "DecoderStreamMethods": knowledge.DecoderStreamMethods,
	} {
		for _, r := range tab.Rows() {
			if r.Why == "" || r.Pkg == "" || len(r.Names) == 0 {
				t.Errorf("%s: incomplete row %+v", name, r)
			}
		}
	}
}

func TestFieldsHaveReasons(t *testing.T) {
	for _, f := range append(knowledge.ServerTLSFields, knowledge.PeerCertificateFields...) {
		if f.Why == "" || f.Pkg == "" || f.Name == "" || f.Field == "" {
			t.Errorf("incomplete field %+v", f)
		}
	}
}

func TestTypesHaveReasons(t *testing.T) {
	for _, r := range knowledge.HeaderNeutralTransports {
		if r.Why == "" || r.Pkg == "" || r.Name == "" {
			t.Errorf("incomplete type %+v", r)
		}
	}
}

func TestDuplicateRowPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("a function listed twice did not panic")
		}
	}()
	knowledge.NewTable(
		knowledge.Row{Pkg: "io", Names: []string{"ReadAll"}, Why: "a"},
		knowledge.Row{Pkg: "io", Names: []string{"ReadAll"}, Why: "b"},
	)
}
