// Offline stand-in: in the module graph of a Debian-packaged dependency, never imported.
module github.com/envoyproxy/go-control-plane
