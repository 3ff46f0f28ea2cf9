/* LLM4Decompile's signature for task 136 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(const int *lst, int size, int result[2]) {
    int n;
    int *r = largest_smallest_integers(lst, size, &n);
    memcpy(result, r, n * sizeof *r);
    free(r);
}
