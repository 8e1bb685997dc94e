package cognitogrpc

import (
	"encoding/json"
	"fmt"
	"strconv"

	"google.golang.org/grpc/metadata"
)

// EmptiesHeader is the metadata entry that carries the empty lists and maps of a message,
// which proto3 writes as nothing at all. Its value is ASCII JSON that mirrors the message's
// JSON form (protojson, whose names are the AWS member names): a leaf [] is an empty list,
// {} an empty map; any other object steps into a member, a map key, or (decimal keys) a
// list element. A stream's overlay is keyed by page index. "null" means too many to carry.
//
// Responses carry it in the trailer:
//
//	var trailer metadata.MD
//	resp, err := client.ListUsers(ctx, req, grpc.Trailer(&trailer))
//	b, _ := protojson.Marshal(resp)
//	var doc map[string]any
//	_ = json.Unmarshal(b, &doc)
//	err = cognitogrpc.ApplyEmpties(doc, trailer) // doc["Users"] is [] on an empty pool
const EmptiesHeader = "x-cognito-empty"

// ApplyEmpties merges the overlay in md (if any) into doc, the JSON form of the message it
// came with. It reports whether the sender said the overlay was too large to carry ("null")
// through ErrEmptiesUnknown, and any overlay that does not fit doc as an error.
func ApplyEmpties(doc map[string]any, md metadata.MD) error {
	values := md.Get(EmptiesHeader)
	if len(values) == 0 {
		return nil
	}
	var overlay any
	if err := json.Unmarshal([]byte(values[0]), &overlay); err != nil {
		return fmt.Errorf("%s: not JSON: %w", EmptiesHeader, err)
	}
	if overlay == nil {
		return ErrEmptiesUnknown
	}
	step, ok := overlay.(map[string]any)
	if !ok {
		return fmt.Errorf("%s: not a JSON object", EmptiesHeader)
	}
	return mergeEmpties(doc, step, "")
}

// ErrEmptiesUnknown: the sender had more empty lists and maps than metadata can carry.
var ErrEmptiesUnknown = fmt.Errorf("%s: too many empty lists and maps to carry", EmptiesHeader)

func isEmptyLeaf(v any) bool {
	switch leaf := v.(type) {
	case []any:
		return len(leaf) == 0
	case map[string]any:
		return len(leaf) == 0
	}
	return false
}

func mergeEmpties(doc map[string]any, overlay map[string]any, path string) error {
	for key, step := range overlay {
		where := path + key
		if isEmptyLeaf(step) {
			if present, ok := doc[key]; ok && !isEmptyLeaf(present) {
				return fmt.Errorf("%s at %s: said empty, but holds items", EmptiesHeader, where)
			}
			doc[key] = step
			continue
		}
		inner, ok := step.(map[string]any)
		if !ok {
			return fmt.Errorf("%s at %s: not an object", EmptiesHeader, where)
		}
		switch present := doc[key].(type) {
		case map[string]any:
			if err := mergeEmpties(present, inner, where+"."); err != nil {
				return err
			}
		case []any:
			for index, elementStep := range inner {
				i, err := strconv.Atoi(index)
				if err != nil || i < 0 || i >= len(present) {
					return fmt.Errorf("%s at %s: no element %s", EmptiesHeader, where, index)
				}
				element, ok1 := present[i].(map[string]any)
				stepObject, ok2 := elementStep.(map[string]any)
				if !ok1 || !ok2 {
					return fmt.Errorf("%s at %s[%s]: not an object", EmptiesHeader, where, index)
				}
				if err := mergeEmpties(element, stepObject, fmt.Sprintf("%s[%s].", where, index)); err != nil {
					return err
				}
			}
		default:
			return fmt.Errorf("%s at %s: nothing there to step into", EmptiesHeader, where)
		}
	}
	return nil
}
