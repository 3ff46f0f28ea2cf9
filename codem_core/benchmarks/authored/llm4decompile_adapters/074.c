/* LLM4Decompile's signature for task 74 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
char **func0(char **arr1, int n1, char **arr2, int n2) {
    int n;
    return total_match(arr1, n1, arr2, n2, &n);
}
