// The offline build of this repository's machines: go.mod plus a directory for every module
// (Debian's Go packages, see README.md), so no module proxy and no go.sum are needed.
// test.sh uses it (go build -modfile=go.offline.mod); keep its require blocks equal to
// go.mod's (a test checks).

module github.com/cognito-grpc/cognito-grpc/clients/go

go 1.19

require (
	google.golang.org/genproto v0.0.0-20200526211855-cb27e3aa2013
	google.golang.org/grpc v1.33.3
	google.golang.org/protobuf v1.28.1
)

require (
	github.com/golang/protobuf v1.5.2 // indirect
	golang.org/x/net v0.7.0 // indirect
	golang.org/x/sys v0.5.0 // indirect
	golang.org/x/text v0.7.0 // indirect
)

// Debian's packages (golang-google-grpc-dev, golang-google-protobuf-dev,
// golang-google-genproto-dev, golang-github-golang-protobuf-1-5-dev,
// golang-golang-x-net-dev and what they pull in).
replace (
	github.com/golang/protobuf => /usr/share/gocode/src/github.com/golang/protobuf
	github.com/google/go-cmp => /usr/share/gocode/src/github.com/google/go-cmp
	golang.org/x/net => /usr/share/gocode/src/golang.org/x/net
	golang.org/x/oauth2 => /usr/share/gocode/src/golang.org/x/oauth2
	golang.org/x/sys => /usr/share/gocode/src/golang.org/x/sys
	golang.org/x/text => /usr/share/gocode/src/golang.org/x/text
	google.golang.org/genproto => /usr/share/gocode/src/google.golang.org/genproto
	google.golang.org/grpc => /usr/share/gocode/src/google.golang.org/grpc
	google.golang.org/protobuf => /usr/share/gocode/src/google.golang.org/protobuf
)

// Modules that the go.mod files of those packages require but whose packages are never
// imported: an empty go.mod each, so the module graph resolves without a proxy.
replace (
	cloud.google.com/go/compute/metadata => ./offline/cloud.google.com/go/compute/metadata
	github.com/cncf/udpa/go => ./offline/github.com/cncf/udpa/go
	github.com/envoyproxy/go-control-plane => ./offline/github.com/envoyproxy/go-control-plane
	github.com/golang/glog => ./offline/github.com/golang/glog
	github.com/google/uuid => ./offline/github.com/google/uuid
	golang.org/x/lint => ./offline/golang.org/x/lint
	golang.org/x/mod => ./offline/golang.org/x/mod
	golang.org/x/term => ./offline/golang.org/x/term
	golang.org/x/tools => ./offline/golang.org/x/tools
	google.golang.org/appengine => ./offline/google.golang.org/appengine
	honnef.co/go/tools => ./offline/honnef.co/go/tools
)
