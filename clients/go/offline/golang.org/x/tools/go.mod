// Offline stand-in: in the module graph of a Debian-packaged dependency, never imported.
module golang.org/x/tools
