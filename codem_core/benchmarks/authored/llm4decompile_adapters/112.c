/* LLM4Decompile's signature for task 112 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(const char *s, const char *c, char *result, char *palindrome) {
    int n;
    char **r = reverse_delete(s, c, &n);
    strcpy(result, r[0]);
    strcpy(palindrome, r[1]);
    for (int k = 0; k < n; k++) free(r[k]);
    free(r);
}
