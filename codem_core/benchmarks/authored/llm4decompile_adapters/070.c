/* LLM4Decompile's signature for task 70 (func0), implemented through codem's entry point, so that
   LLM4Decompile's c_test can check codem's canonical solution (codem_core/benchmarks/audit.py). */
void func0(int *lst, int size, int *out) {
    int n;
    int *r = strange_sort_list(lst, size, &n);
    memcpy(out, r, n * sizeof *r);
    free(r);
}
