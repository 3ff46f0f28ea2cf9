/* LLM4Decompile's signature for task 29 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
int func0(char **strings, int count, const char *prefix, char ***out) {
    int n;
    *out = filter_by_prefix(strings, count, prefix, &n);
    return n;
}
