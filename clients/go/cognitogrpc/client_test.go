package cognitogrpc_test

// Tests against a real cognito-grpc server: the one at $COGNITO_GRPC_ADDRESS when it is
// set, else one this test starts on a free loopback port from $COGNITO_GRPC_BIN or
// <repo>/.venv/bin/cognito-grpc (embedded backend) and stops at the end.
// `go test -short` skips them.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"

	idpv1 "github.com/cognito-grpc/cognito-grpc/clients/go/cognito/idp/v1"
	"github.com/cognito-grpc/cognito-grpc/clients/go/cognitogrpc"
)

const password = "Corr3ct-Horse!"

var server struct {
	once    sync.Once
	address string
	err     error
	cmd     *exec.Cmd
	exited  chan struct{}
	logPath string
}

func TestMain(m *testing.M) {
	code := m.Run()
	if err := stopServer(); err != nil {
		fmt.Fprintln(os.Stderr, "stopping the server:", err)
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

// serverAddress returns the address of the server under test, starting one on first use.
func serverAddress(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: no server tests")
	}
	server.once.Do(func() {
		if address := os.Getenv("COGNITO_GRPC_ADDRESS"); address != "" {
			server.address = address
			server.err = waitServing(address, 30*time.Second, nil)
			return
		}
		server.address, server.err = startServer()
	})
	if server.err != nil {
		t.Fatalf("cognito-grpc server: %v", server.err)
	}
	return server.address
}

func serverBinary() (string, error) {
	if bin := os.Getenv("COGNITO_GRPC_BIN"); bin != "" {
		return bin, nil
	}
	repo, err := filepath.Abs(filepath.Join("..", "..", ".."))
	if err != nil {
		return "", err
	}
	bin := filepath.Join(repo, ".venv", "bin", "cognito-grpc")
	if _, err := os.Stat(bin); err != nil {
		return "", fmt.Errorf("%s not found (install the server into the venv, or set "+
			"COGNITO_GRPC_BIN or COGNITO_GRPC_ADDRESS; -short skips these tests)", bin)
	}
	return bin, nil
}

func freePort() (int, error) {
	listener, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer listener.Close()
	return listener.Addr().(*net.TCPAddr).Port, nil
}

func startServer() (string, error) {
	bin, err := serverBinary()
	if err != nil {
		return "", err
	}
	port, err := freePort()
	if err != nil {
		return "", err
	}
	address := fmt.Sprintf("127.0.0.1:%d", port)
	logFile, err := os.CreateTemp("", "cognito-grpc-go-test-*.log")
	if err != nil {
		return "", err
	}
	server.logPath = logFile.Name()
	cmd := exec.Command(bin, "serve", "--listen", address)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		logFile.Close()
		return "", fmt.Errorf("start %s: %w", bin, err)
	}
	server.cmd, server.exited = cmd, make(chan struct{})
	go func() {
		_ = cmd.Wait()
		logFile.Close()
		close(server.exited)
	}()
	if err := waitServing(address, 90*time.Second, server.exited); err != nil {
		return "", fmt.Errorf("%v\n--- server log (%s) ---\n%s", err, server.logPath, logTail())
	}
	return address, nil
}

// waitServing polls grpc.health.v1 until the server says SERVING.
func waitServing(address string, limit time.Duration, exited <-chan struct{}) error {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	conn, err := grpc.DialContext(ctx, address, grpc.WithInsecure())
	if err != nil {
		return err
	}
	defer conn.Close()
	health := healthpb.NewHealthClient(conn)
	var last error
	for {
		callCtx, callCancel := context.WithTimeout(ctx, 2*time.Second)
		reply, err := health.Check(callCtx, &healthpb.HealthCheckRequest{})
		callCancel()
		if err == nil && reply.GetStatus() == healthpb.HealthCheckResponse_SERVING {
			return nil
		}
		if err == nil {
			err = fmt.Errorf("health: %s", reply.GetStatus())
		}
		last = err
		select {
		case <-exited:
			return fmt.Errorf("the server exited before serving (last check: %v)", last)
		case <-ctx.Done():
			return fmt.Errorf("not SERVING within %s: %v", limit, last)
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func logTail() string {
	data, err := os.ReadFile(server.logPath)
	if err != nil {
		return err.Error()
	}
	if len(data) > 4000 {
		data = data[len(data)-4000:]
	}
	return string(data)
}

func stopServer() error {
	if server.cmd == nil {
		return nil
	}
	defer os.Remove(server.logPath)
	pgid := server.cmd.Process.Pid
	_ = syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-server.exited:
		return nil
	case <-time.After(20 * time.Second):
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
		<-server.exited
		return errors.New("the server ignored SIGTERM for 20s and was killed")
	}
}

func dial(t *testing.T, opts ...cognitogrpc.Option) *cognitogrpc.Client {
	t.Helper()
	address := serverAddress(t)
	if key := os.Getenv("COGNITO_GRPC_API_KEY"); key != "" {
		opts = append([]cognitogrpc.Option{cognitogrpc.WithAPIKey(key)}, opts...)
	}
	client, err := cognitogrpc.Dial(context.Background(), address, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close() })
	return client
}

func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// newPool creates a user pool that is deleted when the test ends.
func newPool(ctx context.Context, t *testing.T, client *cognitogrpc.Client) string {
	t.Helper()
	name := fmt.Sprintf("go-%s-%d", strings.ReplaceAll(t.Name(), "/", "-"), time.Now().UnixNano())
	pool, err := client.CreateUserPool(ctx, &idpv1.CreateUserPoolRequest{PoolName: name})
	if err != nil {
		t.Fatalf("CreateUserPool: %v", err)
	}
	id := pool.GetUserPool().GetId()
	if id == "" {
		t.Fatal("CreateUserPool returned no pool id")
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := client.DeleteUserPool(ctx, &idpv1.DeleteUserPoolRequest{UserPoolId: id}); err != nil {
			t.Errorf("DeleteUserPool: %v", err)
		}
	})
	return id
}

func createUser(ctx context.Context, t *testing.T, client *cognitogrpc.Client, poolID, username string) {
	t.Helper()
	if _, err := client.AdminCreateUser(ctx, &idpv1.AdminCreateUserRequest{
		UserPoolId:    poolID,
		Username:      username,
		MessageAction: idpv1.MessageActionType_MESSAGE_ACTION_TYPE_SUPPRESS.Enum(),
	}); err != nil {
		t.Fatalf("AdminCreateUser %s: %v", username, err)
	}
}

func attribute(attrs []*idpv1.AttributeType, name string) string {
	for _, attr := range attrs {
		if attr.GetName() == name {
			return attr.GetValue()
		}
	}
	return ""
}

func jwtClaims(t *testing.T, token string) map[string]interface{} {
	t.Helper()
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		t.Fatalf("not a JWT: %d parts", len(parts))
	}
	payload, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		t.Fatalf("JWT payload: %v", err)
	}
	claims := map[string]interface{}{}
	if err := json.Unmarshal(payload, &claims); err != nil {
		t.Fatalf("JWT payload: %v", err)
	}
	return claims
}

// The seed scenario: pool, app client, user, permanent password, admin sign-in; the ID
// token's sub is the user's sub attribute.
func TestSeedScenario(t *testing.T) {
	client := dial(t, cognitogrpc.WithRegion("us-east-1"))
	ctx := cognitogrpc.ContextWithRequestID(testContext(t), "go-seed-scenario")
	poolID := newPool(ctx, t, client)

	app, err := client.CreateUserPoolClient(ctx, &idpv1.CreateUserPoolClientRequest{
		UserPoolId: poolID,
		ClientName: "go-tests",
		ExplicitAuthFlows: []idpv1.ExplicitAuthFlowsType{
			idpv1.ExplicitAuthFlowsType_EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_ADMIN_USER_PASSWORD_AUTH,
			idpv1.ExplicitAuthFlowsType_EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_REFRESH_TOKEN_AUTH,
		},
	})
	if err != nil {
		t.Fatalf("CreateUserPoolClient: %v", err)
	}
	clientID := app.GetUserPoolClient().GetClientId()
	if clientID == "" {
		t.Fatal("CreateUserPoolClient returned no client id")
	}
	if got := app.GetUserPoolClient().GetExplicitAuthFlows(); len(got) != 2 {
		t.Errorf("ExplicitAuthFlows = %v, want the two that were set", got)
	}

	createUser(ctx, t, client, poolID, "alice")
	permanent := true
	if _, err := client.AdminSetUserPassword(ctx, &idpv1.AdminSetUserPasswordRequest{
		UserPoolId: poolID, Username: "alice", Password: password, Permanent: &permanent,
	}); err != nil {
		t.Fatalf("AdminSetUserPassword: %v", err)
	}

	auth, err := client.AdminInitiateAuth(ctx, &idpv1.AdminInitiateAuthRequest{
		UserPoolId:     poolID,
		ClientId:       clientID,
		AuthFlow:       idpv1.AuthFlowType_AUTH_FLOW_TYPE_ADMIN_USER_PASSWORD_AUTH,
		AuthParameters: map[string]string{"USERNAME": "alice", "PASSWORD": password},
	})
	if err != nil {
		t.Fatalf("AdminInitiateAuth: %v", err)
	}
	if auth.ChallengeName != nil {
		t.Fatalf("AdminInitiateAuth: unexpected challenge %s", auth.GetChallengeName())
	}
	result := auth.GetAuthenticationResult()
	if result.GetAccessToken() == "" || result.GetRefreshToken() == "" {
		t.Error("AdminInitiateAuth: missing access or refresh token")
	}
	sub, _ := jwtClaims(t, result.GetIdToken())["sub"].(string)
	if sub == "" {
		t.Fatal("the ID token has no sub claim")
	}

	user, err := client.AdminGetUser(ctx, &idpv1.AdminGetUserRequest{UserPoolId: poolID, Username: "alice"})
	if err != nil {
		t.Fatalf("AdminGetUser: %v", err)
	}
	if want := attribute(user.GetUserAttributes(), "sub"); sub != want {
		t.Errorf("ID token sub = %q, AdminGetUser sub = %q", sub, want)
	}
	if user.GetUserStatus() != idpv1.UserStatusType_USER_STATUS_TYPE_CONFIRMED {
		t.Errorf("UserStatus = %s, want CONFIRMED", user.GetUserStatus())
	}
	t.Logf("pool %s, user alice, sub %s", poolID, sub)
}

// A Cognito error arrives as a status whose ErrorInfo names it.
func TestUserNotFound(t *testing.T) {
	client := dial(t)
	ctx := testContext(t)
	poolID := newPool(ctx, t, client)

	_, err := client.AdminGetUser(ctx, &idpv1.AdminGetUserRequest{UserPoolId: poolID, Username: "nobody"})
	if err == nil {
		t.Fatal("AdminGetUser of a missing user succeeded")
	}
	if got := cognitogrpc.ErrorReason(err); got != "USER_NOT_FOUND" {
		t.Fatalf("ErrorReason = %q, want USER_NOT_FOUND (error: %v)", got, err)
	}
	if got := status.Code(err); got != codes.NotFound {
		t.Errorf("code = %s, want NotFound", got)
	}
	info := cognitogrpc.ErrorInfo(err)
	if info.GetDomain() != cognitogrpc.ErrorDomain {
		t.Errorf("domain = %q, want %q", info.GetDomain(), cognitogrpc.ErrorDomain)
	}
	if got := cognitogrpc.AWSErrorCode(err); got != "UserNotFoundException" {
		t.Errorf("awsErrorCode = %q, want UserNotFoundException", got)
	}
	// Wrapped errors are understood too.
	if got := cognitogrpc.ErrorReason(fmt.Errorf("lookup: %w", err)); got != "USER_NOT_FOUND" {
		t.Errorf("ErrorReason(wrapped) = %q", got)
	}
}

// ListUsersStream walks every page: one message a page.
func TestListUsersStream(t *testing.T) {
	client := dial(t)
	ctx := testContext(t)
	poolID := newPool(ctx, t, client)
	want := []string{"user-a", "user-b", "user-c"}
	for _, name := range want {
		createUser(ctx, t, client, poolID, name)
	}

	limit := int32(1)
	stream, err := client.ListUsersStream(ctx, &idpv1.ListUsersRequest{UserPoolId: poolID, Limit: &limit})
	if err != nil {
		t.Fatalf("ListUsersStream: %v", err)
	}
	pages, seen := 0, map[string]bool{}
	for {
		page, err := stream.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("ListUsersStream page %d: %v", pages+1, err)
		}
		pages++
		for _, user := range page.GetUsers() {
			seen[user.GetUsername()] = true
		}
	}
	for _, name := range want {
		if !seen[name] {
			t.Errorf("user %s missing from the stream (saw %v)", name, seen)
		}
	}
	if len(seen) != len(want) {
		t.Errorf("saw %d users, want %d", len(seen), len(want))
	}
	if pages < 2 {
		t.Errorf("Limit 1 gave %d page(s): the stream did not follow the page token", pages)
	}
}

// The seed example, run as a user would, prints a sub that AdminGetUser confirms.
func TestSeedExample(t *testing.T) {
	address := serverAddress(t)
	ctx := testContext(t)
	cmd := exec.CommandContext(ctx, "go", "run", "./examples/seed", "-address", address, "-username", "bob")
	cmd.Dir = ".."
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go run ./examples/seed: %v\n%s", err, stderr.String())
	}
	values := map[string]string{}
	scanner := bufio.NewScanner(bytes.NewReader(out))
	for scanner.Scan() {
		if key, value, ok := strings.Cut(scanner.Text(), "="); ok {
			values[key] = value
		}
	}
	if values["sub"] == "" || values["pool_id"] == "" {
		t.Fatalf("the example printed no pool_id or sub:\n%s", out)
	}
	client := dial(t)
	user, err := client.AdminGetUser(ctx, &idpv1.AdminGetUserRequest{UserPoolId: values["pool_id"], Username: "bob"})
	if err != nil {
		t.Fatalf("AdminGetUser: %v", err)
	}
	if want := attribute(user.GetUserAttributes(), "sub"); values["sub"] != want {
		t.Errorf("example sub = %q, AdminGetUser sub = %q", values["sub"], want)
	}
	if _, err := client.DeleteUserPool(ctx, &idpv1.DeleteUserPoolRequest{UserPoolId: values["pool_id"]}); err != nil {
		t.Errorf("DeleteUserPool: %v", err)
	}
}
