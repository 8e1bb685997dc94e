import sys

from cognito_grpc.cli import main

sys.exit(main())
