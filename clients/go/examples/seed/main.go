// Command seed walks the seed scenario against a cognito-grpc server: it creates a user
// pool, an app client, a user with a permanent password, signs the user in with
// ADMIN_USER_PASSWORD_AUTH and prints the `sub` claim of the ID token it got.
//
//	go run ./examples/seed -address 127.0.0.1:50051
//
// The address comes from -address, else $COGNITO_GRPC_ADDRESS, else 127.0.0.1:50051.
// $COGNITO_GRPC_API_KEY and $COGNITO_GRPC_REGION are sent when set. It prints
// key=value lines: pool_id, client_id, username and sub.
package main

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	idpv1 "github.com/cognito-grpc/cognito-grpc/clients/go/cognito/idp/v1"
	"github.com/cognito-grpc/cognito-grpc/clients/go/cognitogrpc"
)

func main() {
	address := flag.String("address", envOr("COGNITO_GRPC_ADDRESS", "127.0.0.1:50051"),
		"host:port of the cognito-grpc server")
	username := flag.String("username", "alice", "the user to create")
	password := flag.String("password", "Corr3ct-Horse!", "the user's permanent password")
	flag.Parse()

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if err := run(ctx, *address, *username, *password); err != nil {
		fmt.Fprintln(os.Stderr, "seed:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, address, username, password string) error {
	opts := []cognitogrpc.Option{cognitogrpc.WithTimeout(15 * time.Second)}
	if key := os.Getenv("COGNITO_GRPC_API_KEY"); key != "" {
		opts = append(opts, cognitogrpc.WithAPIKey(key))
	}
	if region := os.Getenv("COGNITO_GRPC_REGION"); region != "" {
		opts = append(opts, cognitogrpc.WithRegion(region))
	}
	client, err := cognitogrpc.Dial(ctx, address, opts...)
	if err != nil {
		return err
	}
	defer client.Close()

	pool, err := client.CreateUserPool(ctx, &idpv1.CreateUserPoolRequest{
		PoolName: fmt.Sprintf("seed-%d", time.Now().UnixNano()),
	})
	if err != nil {
		return fmt.Errorf("CreateUserPool: %w", err)
	}
	poolID := pool.GetUserPool().GetId()

	app, err := client.CreateUserPoolClient(ctx, &idpv1.CreateUserPoolClientRequest{
		UserPoolId: poolID,
		ClientName: "seed-app",
		ExplicitAuthFlows: []idpv1.ExplicitAuthFlowsType{
			idpv1.ExplicitAuthFlowsType_EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_ADMIN_USER_PASSWORD_AUTH,
			idpv1.ExplicitAuthFlowsType_EXPLICIT_AUTH_FLOWS_TYPE_ALLOW_REFRESH_TOKEN_AUTH,
		},
	})
	if err != nil {
		return fmt.Errorf("CreateUserPoolClient: %w", err)
	}
	clientID := app.GetUserPoolClient().GetClientId()

	if _, err := client.AdminCreateUser(ctx, &idpv1.AdminCreateUserRequest{
		UserPoolId:    poolID,
		Username:      username,
		MessageAction: idpv1.MessageActionType_MESSAGE_ACTION_TYPE_SUPPRESS.Enum(),
	}); err != nil {
		return fmt.Errorf("AdminCreateUser: %w", err)
	}

	permanent := true
	if _, err := client.AdminSetUserPassword(ctx, &idpv1.AdminSetUserPasswordRequest{
		UserPoolId: poolID, Username: username, Password: password, Permanent: &permanent,
	}); err != nil {
		return fmt.Errorf("AdminSetUserPassword: %w", err)
	}

	auth, err := client.AdminInitiateAuth(ctx, &idpv1.AdminInitiateAuthRequest{
		UserPoolId:     poolID,
		ClientId:       clientID,
		AuthFlow:       idpv1.AuthFlowType_AUTH_FLOW_TYPE_ADMIN_USER_PASSWORD_AUTH,
		AuthParameters: map[string]string{"USERNAME": username, "PASSWORD": password},
	})
	if err != nil {
		return fmt.Errorf("AdminInitiateAuth: %w", err)
	}
	sub, err := jwtSub(auth.GetAuthenticationResult().GetIdToken())
	if err != nil {
		return fmt.Errorf("ID token: %w", err)
	}

	fmt.Printf("pool_id=%s\nclient_id=%s\nusername=%s\nsub=%s\n", poolID, clientID, username, sub)
	return nil
}

// jwtSub returns the sub claim of a JWT: the payload is base64url-decoded, the signature is
// not checked.
func jwtSub(token string) (string, error) {
	parts := strings.Split(token, ".")
	if len(parts) != 3 {
		return "", errors.New("not a JWT")
	}
	payload, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(parts[1], "="))
	if err != nil {
		return "", err
	}
	var claims struct {
		Sub string `json:"sub"`
	}
	if err := json.Unmarshal(payload, &claims); err != nil {
		return "", err
	}
	if claims.Sub == "" {
		return "", errors.New("no sub claim")
	}
	return claims.Sub, nil
}

func envOr(name, fallback string) string {
	if value := os.Getenv(name); value != "" {
		return value
	}
	return fallback
}
