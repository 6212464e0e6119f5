"""Qt item models: thin views over core query results."""
