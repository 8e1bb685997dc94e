// Package cognitogrpc is the Go client of cognito-grpc, the gRPC service that exposes the
// whole Amazon Cognito user pools API (cognito-idp).
//
// Dial connects and returns a Client whose methods are those of the generated
// idpv1.CognitoIdentityProviderServiceClient: one RPC per cognito-idp operation, plus an
// <Op>Stream RPC that walks every page of each paginated operation. The API key, bearer
// token and region given to Dial travel with every call, unary or streaming, as the
// x-api-key, authorization and x-cognito-region headers.
//
//	client, err := cognitogrpc.Dial(ctx, "127.0.0.1:50051", cognitogrpc.WithRegion("eu-west-1"))
//	if err != nil { ... }
//	defer client.Close()
//	user, err := client.AdminGetUser(ctx, &idpv1.AdminGetUserRequest{UserPoolId: pool, Username: "alice"})
//	if cognitogrpc.ErrorReason(err) == "USER_NOT_FOUND" { ... }
package cognitogrpc

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	idpv1 "github.com/cognito-grpc/cognito-grpc/clients/go/cognito/idp/v1"
)

// Version is this client's version; it is sent in the user agent.
const Version = "0.1.0"

// DefaultTimeout bounds each unary call whose context has no deadline of its own, unless
// WithTimeout says otherwise.
const DefaultTimeout = 30 * time.Second

// ErrorDomain is the domain of the google.rpc.ErrorInfo that the server attaches to the
// errors of Cognito itself.
const ErrorDomain = "cognito-idp.amazonaws.com"

// The metadata headers the server understands.
const (
	HeaderAPIKey        = "x-api-key"
	HeaderAuthorization = "authorization"
	HeaderRegion        = "x-cognito-region"
	HeaderRequestID     = "x-request-id"
)

// Client is a connection to a cognito-grpc server. It is safe for concurrent use; Close it
// when done.
type Client struct {
	idpv1.CognitoIdentityProviderServiceClient
	conn *grpc.ClientConn
}

// Conn is the underlying connection, e.g. for the grpc.health.v1 or reflection clients.
func (c *Client) Conn() *grpc.ClientConn { return c.conn }

// Close closes the connection; calls in flight fail with codes.Canceled.
func (c *Client) Close() error { return c.conn.Close() }

// TokenSource returns the bearer token (a Cognito JWT) to send with one call.
type TokenSource func(ctx context.Context) (string, error)

// Option configures Dial.
type Option func(*config)

type transport int

const (
	transportDefault transport = iota // plaintext on loopback, TLS elsewhere
	transportInsecure
	transportTLS
)

type config struct {
	apiKey         string
	token          TokenSource
	region         string
	timeout        time.Duration
	streamTimeout  time.Duration
	transport      transport
	tlsConfig      *tls.Config
	creds          credentials.TransportCredentials
	block          bool
	userAgent      string
	dialOptions    []grpc.DialOption
	unaryInts      []grpc.UnaryClientInterceptor
	streamInts     []grpc.StreamClientInterceptor
	requestIDMaker func() string
}

// WithAPIKey sends key as x-api-key with every call (server started with --auth api-key).
func WithAPIKey(key string) Option { return func(c *config) { c.apiKey = key } }

// WithBearerToken sends "authorization: Bearer <token>" with every call (--auth jwt).
func WithBearerToken(token string) Option {
	return func(c *config) {
		c.token = func(context.Context) (string, error) { return token, nil }
	}
}

// WithTokenSource asks source for the bearer token before every call, for tokens that are
// refreshed while the client lives. An error from source fails the call with
// codes.Unauthenticated before anything is sent.
func WithTokenSource(source TokenSource) Option { return func(c *config) { c.token = source } }

// WithRegion sends x-cognito-region with every call: the AWS region the server calls
// Cognito in (a pool id's own region prefix still wins on the server).
func WithRegion(region string) Option { return func(c *config) { c.region = region } }

// WithTimeout bounds each unary call whose context has no deadline; 0 means no bound.
// The default is DefaultTimeout.
func WithTimeout(d time.Duration) Option { return func(c *config) { c.timeout = d } }

// WithStreamTimeout bounds each streaming call whose context has no deadline; the default,
// 0, means no bound (a stream may walk many pages).
func WithStreamTimeout(d time.Duration) Option { return func(c *config) { c.streamTimeout = d } }

// WithInsecure uses plaintext HTTP/2, whatever the address. Without it (and without
// WithTLS or WithTransportCredentials) plaintext is used only for a loopback address
// (localhost, 127.0.0.0/8, ::1) and TLS with the system's roots everywhere else.
func WithInsecure() Option { return func(c *config) { c.transport = transportInsecure } }

// WithTLS uses TLS with cfg; a nil cfg means the system's roots and the address's host name.
// Set cfg.Certificates for mutual TLS (--auth mtls).
func WithTLS(cfg *tls.Config) Option {
	return func(c *config) { c.transport, c.tlsConfig, c.creds = transportTLS, cfg, nil }
}

// WithTransportCredentials uses creds for the connection (overrides WithTLS).
func WithTransportCredentials(creds credentials.TransportCredentials) Option {
	return func(c *config) { c.transport, c.creds = transportTLS, creds }
}

// WithBlock makes Dial wait until the connection is up, or until ctx is done.
func WithBlock() Option { return func(c *config) { c.block = true } }

// WithUserAgent puts agent before this client's own user agent.
func WithUserAgent(agent string) Option { return func(c *config) { c.userAgent = agent } }

// WithRequestIDs sends make() as x-request-id with every call that has none of its own
// (see ContextWithRequestID); by default the server makes one up.
func WithRequestIDs(next func() string) Option { return func(c *config) { c.requestIDMaker = next } }

// WithDialOptions passes options straight to grpc.DialContext.
func WithDialOptions(opts ...grpc.DialOption) Option {
	return func(c *config) { c.dialOptions = append(c.dialOptions, opts...) }
}

// WithUnaryInterceptors adds interceptors that run after this client's own (they see the
// headers it adds and the deadline it sets).
func WithUnaryInterceptors(ints ...grpc.UnaryClientInterceptor) Option {
	return func(c *config) { c.unaryInts = append(c.unaryInts, ints...) }
}

// WithStreamInterceptors adds stream interceptors that run after this client's own.
func WithStreamInterceptors(ints ...grpc.StreamClientInterceptor) Option {
	return func(c *config) { c.streamInts = append(c.streamInts, ints...) }
}

// ContextWithRequestID sends id as x-request-id with the calls made with the returned context.
func ContextWithRequestID(ctx context.Context, id string) context.Context {
	return setOutgoing(ctx, HeaderRequestID, id)
}

// ContextWithRegion sends region as x-cognito-region with the calls made with the returned
// context, instead of the client's WithRegion.
func ContextWithRegion(ctx context.Context, region string) context.Context {
	return setOutgoing(ctx, HeaderRegion, region)
}

// ContextWithBearerToken sends token as the bearer token of the calls made with the returned
// context, instead of the client's WithBearerToken or WithTokenSource.
func ContextWithBearerToken(ctx context.Context, token string) context.Context {
	return setOutgoing(ctx, HeaderAuthorization, "Bearer "+token)
}

func setOutgoing(ctx context.Context, key, value string) context.Context {
	md, _ := metadata.FromOutgoingContext(ctx)
	md = md.Copy()
	md.Set(key, value)
	return metadata.NewOutgoingContext(ctx, md)
}

// Dial connects to the cognito-grpc server at address ("host:port", or any gRPC target).
// Unless WithBlock is given it returns at once and connects in the background; ctx then
// bounds nothing but Dial itself.
func Dial(ctx context.Context, address string, opts ...Option) (*Client, error) {
	cfg := config{timeout: DefaultTimeout}
	for _, opt := range opts {
		opt(&cfg)
	}
	if cfg.timeout < 0 || cfg.streamTimeout < 0 {
		return nil, errors.New("cognitogrpc: negative timeout")
	}
	agent := "cognito-grpc-go/" + Version
	if cfg.userAgent != "" {
		agent = cfg.userAgent + " " + agent
	}
	dialOpts := []grpc.DialOption{
		grpc.WithUserAgent(agent),
		grpc.WithChainUnaryInterceptor(append([]grpc.UnaryClientInterceptor{cfg.unary}, cfg.unaryInts...)...),
		grpc.WithChainStreamInterceptor(append([]grpc.StreamClientInterceptor{cfg.stream}, cfg.streamInts...)...),
	}
	switch {
	case cfg.transport == transportInsecure,
		cfg.transport == transportDefault && isLoopback(address):
		dialOpts = append(dialOpts, grpc.WithInsecure())
	case cfg.creds != nil:
		dialOpts = append(dialOpts, grpc.WithTransportCredentials(cfg.creds))
	default:
		tlsConfig := cfg.tlsConfig
		if tlsConfig == nil {
			tlsConfig = &tls.Config{MinVersion: tls.VersionTLS12}
		}
		dialOpts = append(dialOpts, grpc.WithTransportCredentials(credentials.NewTLS(tlsConfig)))
	}
	if cfg.block {
		dialOpts = append(dialOpts, grpc.WithBlock())
	}
	dialOpts = append(dialOpts, cfg.dialOptions...)
	conn, err := grpc.DialContext(ctx, address, dialOpts...)
	if err != nil {
		return nil, fmt.Errorf("cognitogrpc: dial %s: %w", address, err)
	}
	return &Client{CognitoIdentityProviderServiceClient: idpv1.NewCognitoIdentityProviderServiceClient(conn), conn: conn}, nil
}

// isLoopback tells whether the target's host is localhost or a loopback IP.
func isLoopback(target string) bool {
	for _, scheme := range []string{"passthrough:///", "dns:///"} {
		target = strings.TrimPrefix(target, scheme)
	}
	host, _, err := net.SplitHostPort(target)
	if err != nil {
		host = strings.Trim(target, "[]")
	}
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// outgoing adds the client's headers to ctx, leaving those the caller already set.
func (c *config) outgoing(ctx context.Context) (context.Context, error) {
	md, _ := metadata.FromOutgoingContext(ctx)
	md = md.Copy()
	set := func(key, value string) {
		if value != "" && len(md.Get(key)) == 0 {
			md.Set(key, value)
		}
	}
	set(HeaderAPIKey, c.apiKey)
	set(HeaderRegion, c.region)
	if c.requestIDMaker != nil && len(md.Get(HeaderRequestID)) == 0 {
		set(HeaderRequestID, c.requestIDMaker())
	}
	if c.token != nil && len(md.Get(HeaderAuthorization)) == 0 {
		token, err := c.token(ctx)
		if err != nil {
			code := status.Code(err)
			if code == codes.Unknown {
				code = codes.Unauthenticated
			}
			return nil, status.Errorf(code, "cognitogrpc: bearer token: %v", err)
		}
		set(HeaderAuthorization, "Bearer "+token)
	}
	return metadata.NewOutgoingContext(ctx, md), nil
}

func (c *config) unary(ctx context.Context, method string, req, reply interface{},
	cc *grpc.ClientConn, invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
	ctx, err := c.outgoing(ctx)
	if err != nil {
		return err
	}
	if _, ok := ctx.Deadline(); !ok && c.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, c.timeout)
		defer cancel()
	}
	return invoker(ctx, method, req, reply, cc, opts...)
}

func (c *config) stream(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn,
	method string, streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
	ctx, err := c.outgoing(ctx)
	if err != nil {
		return nil, err
	}
	if _, ok := ctx.Deadline(); ok || c.streamTimeout <= 0 {
		return streamer(ctx, desc, cc, method, opts...)
	}
	ctx, cancel := context.WithTimeout(ctx, c.streamTimeout)
	s, err := streamer(ctx, desc, cc, method, opts...)
	if err != nil {
		cancel()
		return nil, err
	}
	return &cancelingStream{ClientStream: s, cancel: cancel}, nil
}

// cancelingStream releases the stream's timer once the stream has ended.
type cancelingStream struct {
	grpc.ClientStream
	cancel context.CancelFunc
}

func (s *cancelingStream) RecvMsg(m interface{}) error {
	err := s.ClientStream.RecvMsg(m)
	if err != nil {
		s.cancel()
	}
	return err
}

// ErrorInfo returns the google.rpc.ErrorInfo detail of a gRPC status error (also when err
// wraps one), or nil when there is none.
func ErrorInfo(err error) *errdetails.ErrorInfo {
	st := statusOf(err)
	if st == nil {
		return nil
	}
	for _, detail := range st.Details() {
		if info, ok := detail.(*errdetails.ErrorInfo); ok {
			return info
		}
	}
	return nil
}

// ErrorReason returns the reason of err's ErrorInfo, e.g. "USER_NOT_FOUND" for Cognito's
// UserNotFoundException, or "" when err carries no ErrorInfo (nil, a transport error, ...).
func ErrorReason(err error) string { return ErrorInfo(err).GetReason() }

// AWSErrorCode returns the AWS error code of err, e.g. "UserNotFoundException", or "".
func AWSErrorCode(err error) string { return ErrorInfo(err).GetMetadata()["awsErrorCode"] }

// AWSRequestID returns the request id that AWS (or the embedded backend) gave the failed
// call, or "".
func AWSRequestID(err error) string { return ErrorInfo(err).GetMetadata()["awsRequestId"] }

func statusOf(err error) *status.Status {
	if err == nil {
		return nil
	}
	var se interface{ GRPCStatus() *status.Status }
	if errors.As(err, &se) {
		return se.GRPCStatus()
	}
	return nil
}
