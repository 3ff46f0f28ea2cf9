/* LLM4Decompile's signature for task 111 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(const char *test, int *freq, int *max_count, char *letters) {
    int n, k = 0;
    int *r = histogram(test, &n);
    *max_count = 0;
    for (int i = 0; i < n; i++) {
        freq[i] = r[i];
        if (r[i] > 0) {
            *max_count = r[i];
            letters[k++] = 'a' + i;
        }
    }
    letters[k] = '\0';
    free(r);
}
