package cognitogrpc_test

// Offline tests of the client's own behaviour against an in-process fake server: the
// headers every call carries, the default deadline and the error helpers.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"testing"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	idpv1 "github.com/cognito-grpc/cognito-grpc/clients/go/cognito/idp/v1"
	"github.com/cognito-grpc/cognito-grpc/clients/go/cognitogrpc"
)

type seen struct {
	md          metadata.MD
	hasDeadline bool
	deadline    time.Duration
}

type fakeServer struct {
	idpv1.UnimplementedCognitoIdentityProviderServiceServer
	mu    sync.Mutex
	calls []seen
}

func (f *fakeServer) record(ctx context.Context) {
	md, _ := metadata.FromIncomingContext(ctx)
	s := seen{md: md}
	if deadline, ok := ctx.Deadline(); ok {
		s.hasDeadline, s.deadline = true, time.Until(deadline)
	}
	f.mu.Lock()
	f.calls = append(f.calls, s)
	f.mu.Unlock()
}

func (f *fakeServer) last(t *testing.T) seen {
	t.Helper()
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.calls) == 0 {
		t.Fatal("the fake server saw no call")
	}
	return f.calls[len(f.calls)-1]
}

func (f *fakeServer) AdminGetUser(ctx context.Context, req *idpv1.AdminGetUserRequest) (*idpv1.AdminGetUserResponse, error) {
	f.record(ctx)
	if req.GetUsername() == "alice" {
		return &idpv1.AdminGetUserResponse{Username: "alice"}, nil
	}
	st, err := status.New(codes.NotFound, "User does not exist.").WithDetails(&errdetails.ErrorInfo{
		Reason: "USER_NOT_FOUND",
		Domain: cognitogrpc.ErrorDomain,
		Metadata: map[string]string{
			"awsErrorCode": "UserNotFoundException",
			"awsRequestId": "req-123",
		},
	})
	if err != nil {
		return nil, err
	}
	return nil, st.Err()
}

func (f *fakeServer) ListUsersStream(req *idpv1.ListUsersRequest, stream idpv1.CognitoIdentityProviderService_ListUsersStreamServer) error {
	f.record(stream.Context())
	for _, name := range []string{"a", "b", "c"} {
		username := name
		if err := stream.Send(&idpv1.ListUsersResponse{Users: []*idpv1.UserType{{Username: &username}}}); err != nil {
			return err
		}
	}
	return nil
}

func startFake(t *testing.T) (*fakeServer, string) {
	t.Helper()
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fake := &fakeServer{}
	srv := grpc.NewServer()
	idpv1.RegisterCognitoIdentityProviderServiceServer(srv, fake)
	go func() { _ = srv.Serve(listener) }()
	t.Cleanup(srv.Stop)
	return fake, listener.Addr().String()
}

func dialFake(t *testing.T, address string, opts ...cognitogrpc.Option) *cognitogrpc.Client {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	client, err := cognitogrpc.Dial(ctx, address, append(opts, cognitogrpc.WithBlock())...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	return client
}

func header(s seen, key string) string {
	if values := s.md.Get(key); len(values) > 0 {
		return values[0]
	}
	return ""
}

func TestHeadersOnUnaryAndStreamCalls(t *testing.T) {
	fake, address := startFake(t)
	ids := 0
	client := dialFake(t, address,
		cognitogrpc.WithAPIKey("key-1"),
		cognitogrpc.WithBearerToken("jwt-1"),
		cognitogrpc.WithRegion("eu-west-1"),
		cognitogrpc.WithUserAgent("seed-tool/2"),
		cognitogrpc.WithRequestIDs(func() string { ids++; return fmt.Sprintf("id-%d", ids) }))
	ctx := context.Background()

	if _, err := client.AdminGetUser(ctx, &idpv1.AdminGetUserRequest{UserPoolId: "p", Username: "alice"}); err != nil {
		t.Fatal(err)
	}
	unary := fake.last(t)

	stream, err := client.ListUsersStream(ctx, &idpv1.ListUsersRequest{UserPoolId: "p"})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for {
		page, err := stream.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, user := range page.GetUsers() {
			names = append(names, user.GetUsername())
		}
	}
	if fmt.Sprint(names) != "[a b c]" {
		t.Errorf("stream gave %v", names)
	}
	streamed := fake.last(t)

	for i, s := range []seen{unary, streamed} {
		for key, want := range map[string]string{
			"x-api-key":        "key-1",
			"authorization":    "Bearer jwt-1",
			"x-cognito-region": "eu-west-1",
			"x-request-id":     fmt.Sprintf("id-%d", i+1),
		} {
			if got := header(s, key); got != want {
				t.Errorf("call %d: %s = %q, want %q", i, key, got, want)
			}
		}
		if agent := header(s, "user-agent"); len(agent) < len("seed-tool/2 cognito-grpc-go/") || agent[:len("seed-tool/2 cognito-grpc-go/")] != "seed-tool/2 cognito-grpc-go/" {
			t.Errorf("call %d: user-agent = %q", i, agent)
		}
	}
}

func TestPerCallOverrides(t *testing.T) {
	fake, address := startFake(t)
	client := dialFake(t, address, cognitogrpc.WithRegion("eu-west-1"), cognitogrpc.WithBearerToken("jwt-1"))
	ctx := cognitogrpc.ContextWithRegion(context.Background(), "ap-south-1")
	ctx = cognitogrpc.ContextWithBearerToken(ctx, "jwt-2")
	ctx = cognitogrpc.ContextWithRequestID(ctx, "mine")
	if _, err := client.AdminGetUser(ctx, &idpv1.AdminGetUserRequest{UserPoolId: "p", Username: "alice"}); err != nil {
		t.Fatal(err)
	}
	s := fake.last(t)
	for key, want := range map[string]string{
		"x-cognito-region": "ap-south-1", "authorization": "Bearer jwt-2", "x-request-id": "mine", "x-api-key": "",
	} {
		if got := s.md.Get(key); (want == "" && len(got) != 0) || (want != "" && (len(got) != 1 || got[0] != want)) {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
}

func TestTokenSourceError(t *testing.T) {
	fake, address := startFake(t)
	client := dialFake(t, address, cognitogrpc.WithTokenSource(func(context.Context) (string, error) {
		return "", errors.New("expired")
	}))
	_, err := client.AdminGetUser(context.Background(), &idpv1.AdminGetUserRequest{UserPoolId: "p", Username: "alice"})
	if status.Code(err) != codes.Unauthenticated {
		t.Errorf("error = %v, want Unauthenticated", err)
	}
	fake.mu.Lock()
	defer fake.mu.Unlock()
	if len(fake.calls) != 0 {
		t.Error("the call was sent despite the token error")
	}
}

func TestDefaultTimeout(t *testing.T) {
	fake, address := startFake(t)
	req := &idpv1.AdminGetUserRequest{UserPoolId: "p", Username: "alice"}

	client := dialFake(t, address)
	if _, err := client.AdminGetUser(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	if s := fake.last(t); !s.hasDeadline || s.deadline > cognitogrpc.DefaultTimeout || s.deadline < cognitogrpc.DefaultTimeout-5*time.Second {
		t.Errorf("default deadline: has=%v in=%s, want about %s", s.hasDeadline, s.deadline, cognitogrpc.DefaultTimeout)
	}

	client = dialFake(t, address, cognitogrpc.WithTimeout(3*time.Second))
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	defer cancel()
	if _, err := client.AdminGetUser(ctx, req); err != nil {
		t.Fatal(err)
	}
	if s := fake.last(t); s.deadline < 50*time.Minute {
		t.Errorf("the caller's deadline was replaced: %s left", s.deadline)
	}
	if _, err := client.AdminGetUser(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	if s := fake.last(t); !s.hasDeadline || s.deadline > 3*time.Second {
		t.Errorf("WithTimeout(3s): has=%v in=%s", s.hasDeadline, s.deadline)
	}

	client = dialFake(t, address, cognitogrpc.WithTimeout(0))
	if _, err := client.AdminGetUser(context.Background(), req); err != nil {
		t.Fatal(err)
	}
	if s := fake.last(t); s.hasDeadline {
		t.Errorf("WithTimeout(0) still set a deadline (%s)", s.deadline)
	}
}

func TestStreamTimeout(t *testing.T) {
	fake, address := startFake(t)
	client := dialFake(t, address, cognitogrpc.WithStreamTimeout(4*time.Second))
	stream, err := client.ListUsersStream(context.Background(), &idpv1.ListUsersRequest{UserPoolId: "p"})
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := stream.Recv(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
	}
	if s := fake.last(t); !s.hasDeadline || s.deadline > 4*time.Second {
		t.Errorf("WithStreamTimeout(4s): has=%v in=%s", s.hasDeadline, s.deadline)
	}
}

func TestErrorHelpers(t *testing.T) {
	_, address := startFake(t)
	client := dialFake(t, address)
	_, err := client.AdminGetUser(context.Background(), &idpv1.AdminGetUserRequest{UserPoolId: "p", Username: "nobody"})
	if status.Code(err) != codes.NotFound {
		t.Fatalf("error = %v, want NotFound", err)
	}
	for _, e := range []error{err, fmt.Errorf("wrapped: %w", err)} {
		if got := cognitogrpc.ErrorReason(e); got != "USER_NOT_FOUND" {
			t.Errorf("ErrorReason(%v) = %q", e, got)
		}
		if got := cognitogrpc.AWSErrorCode(e); got != "UserNotFoundException" {
			t.Errorf("AWSErrorCode = %q", got)
		}
		if got := cognitogrpc.AWSRequestID(e); got != "req-123" {
			t.Errorf("AWSRequestID = %q", got)
		}
		if got := cognitogrpc.ErrorInfo(e).GetDomain(); got != cognitogrpc.ErrorDomain {
			t.Errorf("domain = %q", got)
		}
	}
	for _, e := range []error{nil, errors.New("plain"), status.Error(codes.Internal, "no details")} {
		if got := cognitogrpc.ErrorReason(e); got != "" {
			t.Errorf("ErrorReason(%v) = %q, want empty", e, got)
		}
		if cognitogrpc.ErrorInfo(e) != nil {
			t.Errorf("ErrorInfo(%v) is not nil", e)
		}
	}
}

func TestTransportDefaults(t *testing.T) {
	// Loopback: plaintext unless told otherwise, so a plaintext server answers.
	_, address := startFake(t)
	_, port, _ := net.SplitHostPort(address)
	for _, target := range []string{address, "localhost:" + port} {
		client := dialFake(t, target)
		if _, err := client.AdminGetUser(context.Background(), &idpv1.AdminGetUserRequest{UserPoolId: "p", Username: "alice"}); err != nil {
			t.Errorf("%s: %v", target, err)
		}
	}
	// WithTLS against the same plaintext server fails: TLS was really asked for.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	client, err := cognitogrpc.Dial(ctx, address, cognitogrpc.WithTLS(nil))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	_, err = client.AdminGetUser(ctx, &idpv1.AdminGetUserRequest{UserPoolId: "p", Username: "alice"})
	if status.Code(err) != codes.Unavailable && status.Code(err) != codes.DeadlineExceeded {
		t.Errorf("TLS to a plaintext server: %v, want Unavailable", err)
	}
}
