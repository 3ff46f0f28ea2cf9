/* LLM4Decompile's signature for task 113 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
char **func0(char *lst[], int size) {
    int n;
    return odd_count(lst, size, &n);
}
