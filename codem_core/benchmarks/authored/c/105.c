//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
The number of elements of the result is stored in *out_len.
//@@ signature
char **by_length(const int *arr, int size, int *out_len) {
//@@ solution
    const char *names[] = {"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"};
    int *s = malloc((size > 0 ? size : 1) * sizeof(int));
    int i, j;

    for (i = 0; i < size; i++) s[i] = arr[i];
    for (i = 0; i < size - 1; i++) {
        for (j = 0; j < size - i - 1; j++) {
            if (s[j] > s[j + 1]) {
                int temp = s[j];
                s[j] = s[j + 1];
                s[j + 1] = temp;
            }
        }
    }

    char **out = malloc((size > 0 ? size : 1) * sizeof(char *));
    int n = 0;
    for (i = size - 1; i >= 0; i--) {
        if (s[i] >= 1 && s[i] <= 9) {
            out[n++] = strdup(names[s[i]]);
        }
    }
    free(s);
    *out_len = n;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {2, 1, 1, 4, 5, 8, 2, 3};
        int n = -1;
        char **r = by_length(a0, 8, &n);
        assert(n == 8);
        assert(strcmp(r[0], "Eight") == 0);
        assert(strcmp(r[1], "Five") == 0);
        assert(strcmp(r[2], "Four") == 0);
        assert(strcmp(r[3], "Three") == 0);
        assert(strcmp(r[4], "Two") == 0);
        assert(strcmp(r[5], "Two") == 0);
        assert(strcmp(r[6], "One") == 0);
        assert(strcmp(r[7], "One") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        char **r = by_length(a0, 0, &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int a0[] = {1, -1, 55};
        int n = -1;
        char **r = by_length(a0, 3, &n);
        assert(n == 1);
        assert(strcmp(r[0], "One") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int a0[] = {1, -1, 3, 2};
        int n = -1;
        char **r = by_length(a0, 4, &n);
        assert(n == 3);
        assert(strcmp(r[0], "Three") == 0);
        assert(strcmp(r[1], "Two") == 0);
        assert(strcmp(r[2], "One") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int a0[] = {9, 4, 8};
        int n = -1;
        char **r = by_length(a0, 3, &n);
        assert(n == 3);
        assert(strcmp(r[0], "Nine") == 0);
        assert(strcmp(r[1], "Eight") == 0);
        assert(strcmp(r[2], "Four") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {2, 1, 1, 4, 5, 8, 2, 3};
        int n = -1;
        char **r = by_length(a0, 8, &n);
        assert(n == 8);
        assert(strcmp(r[0], "Eight") == 0);
        assert(strcmp(r[1], "Five") == 0);
        assert(strcmp(r[2], "Four") == 0);
        assert(strcmp(r[3], "Three") == 0);
        assert(strcmp(r[4], "Two") == 0);
        assert(strcmp(r[5], "Two") == 0);
        assert(strcmp(r[6], "One") == 0);
        assert(strcmp(r[7], "One") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int a0[] = {0};
        int n = -1;
        char **r = by_length(a0, 0, &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int a0[] = {1, -1, 55};
        int n = -1;
        char **r = by_length(a0, 3, &n);
        assert(n == 1);
        assert(strcmp(r[0], "One") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed by_length.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): char ***out out-parameter (and the input sorted in place) -> returned malloc'd array of malloc'd strings + out_len.
