// Package protojson stands for google.golang.org/protobuf/encoding/protojson.
package protojson

// Message stands for proto.Message.
type Message interface{ ProtoReflect() }

func Marshal(m Message) ([]byte, error) { return nil, nil }

type MarshalOptions struct{ Indent string }

func (o MarshalOptions) Marshal(m Message) ([]byte, error) { return nil, nil }
