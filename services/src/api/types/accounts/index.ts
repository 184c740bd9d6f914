// The account operations: sign-in for everyone, the caller's own account, administration.
import './user.ts';
import './sign-in.ts';
import './admin.ts';
import './history.ts';
