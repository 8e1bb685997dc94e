package cognitogrpc

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"google.golang.org/grpc/metadata"
)

func TestApplyEmptiesRestoresWhatProto3LeftOut(t *testing.T) {
	var doc map[string]any
	_ = json.Unmarshal([]byte(`{"Users":[{"Username":"a"},{"Username":"b"}]}`), &doc)
	md := metadata.Pairs(EmptiesHeader, `{"Users":{"1":{"MFAOptions":[]}},"Other":{}}`)
	if err := ApplyEmpties(doc, md); err != nil {
		t.Fatal(err)
	}
	got, _ := json.Marshal(doc)
	want := `{"Other":{},"Users":[{"Username":"a"},{"MFAOptions":[],"Username":"b"}]}`
	if string(got) != want {
		t.Fatalf("got %s, want %s", got, want)
	}
}

func TestApplyEmptiesLeavesADocumentWithoutOverlayAlone(t *testing.T) {
	doc := map[string]any{"Username": "a"}
	if err := ApplyEmpties(doc, metadata.MD{}); err != nil || !reflect.DeepEqual(doc, map[string]any{"Username": "a"}) {
		t.Fatalf("changed: %v %v", doc, err)
	}
}

func TestApplyEmptiesRefusesWhatDoesNotFit(t *testing.T) {
	for _, overlay := range []string{`{"Users":[]}`, `{"Users":{"5":{"X":[]}}}`, `[]`, `{`, `{"Name":{"a":[]}}`} {
		doc := map[string]any{"Users": []any{map[string]any{"Username": "a"}}, "Name": "x"}
		if err := ApplyEmpties(doc, metadata.Pairs(EmptiesHeader, overlay)); err == nil {
			t.Errorf("%s: accepted", overlay)
		}
	}
	if err := ApplyEmpties(map[string]any{}, metadata.Pairs(EmptiesHeader, "null")); !errors.Is(err, ErrEmptiesUnknown) {
		t.Errorf("null: %v", err)
	}
}
