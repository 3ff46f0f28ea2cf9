//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The number of elements of the result is stored in *out_size.
//@@ signature
void by_length(int *arr, int size, char ***out, int *out_size) {
//@@ solution
    char *names[] = {"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"};
    int i, j;

    for (i = 0; i < size - 1; i++) {
        for (j = 0; j < size - i - 1; j++) {
            if (arr[j] > arr[j + 1]) {
                int temp = arr[j];
                arr[j] = arr[j + 1];
                arr[j + 1] = temp;
            }
        }
    }

    *out_size = 0;
    for (i = size - 1; i >= 0; i--) {
        if (arr[i] >= 1 && arr[i] <= 9) {
            (*out_size)++;
        }
    }

    *out = malloc(*out_size * sizeof(char *));

    for (i = size - 1, j = 0; i >= 0 && j < *out_size; i--) {
        if (arr[i] >= 1 && arr[i] <= 9) {
            (*out)[j++] = names[arr[i]];
        }
    }
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int a0[] = {2, 1, 1, 4, 5, 8, 2, 3};
        char **out = NULL;
        int n = -1;
        by_length(a0, 8, &out, &n);
        assert(n == 8);
        assert(strcmp(out[0], "Eight") == 0);
        assert(strcmp(out[1], "Five") == 0);
        assert(strcmp(out[2], "Four") == 0);
        assert(strcmp(out[3], "Three") == 0);
        assert(strcmp(out[4], "Two") == 0);
        assert(strcmp(out[5], "Two") == 0);
        assert(strcmp(out[6], "One") == 0);
        assert(strcmp(out[7], "One") == 0);
    }
    {
        int a0[] = {0};
        char **out = NULL;
        int n = -1;
        by_length(a0, 0, &out, &n);
        assert(n == 0);
    }
    {
        int a0[] = {1, -1, 55};
        char **out = NULL;
        int n = -1;
        by_length(a0, 3, &out, &n);
        assert(n == 1);
        assert(strcmp(out[0], "One") == 0);
    }
    {
        int a0[] = {1, -1, 3, 2};
        char **out = NULL;
        int n = -1;
        by_length(a0, 4, &out, &n);
        assert(n == 3);
        assert(strcmp(out[0], "Three") == 0);
        assert(strcmp(out[1], "Two") == 0);
        assert(strcmp(out[2], "One") == 0);
    }
    {
        int a0[] = {9, 4, 8};
        char **out = NULL;
        int n = -1;
        by_length(a0, 3, &out, &n);
        assert(n == 3);
        assert(strcmp(out[0], "Nine") == 0);
        assert(strcmp(out[1], "Eight") == 0);
        assert(strcmp(out[2], "Four") == 0);
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
        char **out = NULL;
        int n = -1;
        by_length(a0, 8, &out, &n);
        assert(n == 8);
        assert(strcmp(out[0], "Eight") == 0);
        assert(strcmp(out[1], "Five") == 0);
        assert(strcmp(out[2], "Four") == 0);
        assert(strcmp(out[3], "Three") == 0);
        assert(strcmp(out[4], "Two") == 0);
        assert(strcmp(out[5], "Two") == 0);
        assert(strcmp(out[6], "One") == 0);
        assert(strcmp(out[7], "One") == 0);
    }
    {
        int a0[] = {0};
        char **out = NULL;
        int n = -1;
        by_length(a0, 0, &out, &n);
        assert(n == 0);
    }
    {
        int a0[] = {1, -1, 55};
        char **out = NULL;
        int n = -1;
        by_length(a0, 3, &out, &n);
        assert(n == 1);
        assert(strcmp(out[0], "One") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed by_length.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
